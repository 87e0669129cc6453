import type { AlertType } from '../../shared/api/alertTypes.ts';

/** One notice: `text` is what a person reads (Slack shows it as is), `data` what a program reads. */
export interface AlertEvent {
  type: AlertType;
  text: string;
  data: Record<string, unknown>;
}

export interface AlertOptions {
  /** Wait this long after an event batch before re-evaluating the project (batches in between coalesce, so a busy project is measured at most this often). Default `WAYMARK_ALERTS_DELAY_MS`, else 30,000 ms. */
  evaluateDelayMs?: number;
  /** Experiments are re-analysed at most this often per project. Default 60,000 ms. */
  experimentIntervalMs?: number;
  /** First retry of a failed delivery after this long, then ×4 each time. Default 10,000 ms. */
  retryBaseMs?: number;
  /** Attempts before a delivery is marked failed. Default 6 (about 3.5 hours with the default base). */
  maxAttempts?: number;
  /** How long a receiver may take to answer. Default 10,000 ms. */
  timeoutMs?: number;
}
