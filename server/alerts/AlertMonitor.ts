import type { Db, Queryable } from '../db/Db.ts';
import type { Project } from '../store/projects.ts';
import type { AlertOptions } from './AlertEvent.ts';
import { evaluateAnchorHealth } from './evaluateAnchorHealth.ts';
import { evaluateExperimentNotices } from './evaluateExperimentNotices.ts';
import { WebhookDispatcher } from './WebhookDispatcher.ts';

/** `WAYMARK_ALERTS_DELAY_MS`: whole milliseconds; anything else is ignored (the default applies). */
function delayFromEnv(value: string | undefined): number | undefined {
  const ms = Number(value);
  return value && Number.isInteger(ms) && ms >= 0 ? ms : undefined;
}

/**
 * Re-evaluates a project shortly after it receives events: batches arriving together coalesce into
 * one evaluation, evaluations of one project never overlap, and what they find goes to webhooks.
 */
export class AlertMonitor {
  readonly webhooks: WebhookDispatcher;
  readonly #db: Db;
  readonly #reports: Queryable;
  readonly #delayMs: number;
  readonly #experimentIntervalMs: number;
  readonly #scheduled = new Map<string, Project>();
  readonly #running = new Map<string, Promise<void>>();
  readonly #experimentsCheckedAt = new Map<string, number>();

  /** `reports`: where the report queries run (the reports pool or replica), so evaluation never holds up ingest. */
  constructor(db: Db, options: AlertOptions = {}, reports: Queryable = db) {
    this.#db = db;
    this.#reports = reports;
    this.#delayMs = options.evaluateDelayMs ?? delayFromEnv(process.env.WAYMARK_ALERTS_DELAY_MS) ?? 30_000;
    this.#experimentIntervalMs = options.experimentIntervalMs ?? 60_000;
    this.webhooks = new WebhookDispatcher(db, options);
  }

  /** Called after an event batch is stored. */
  eventsStored(project: Project): void {
    if (this.#scheduled.has(project.id)) return;
    this.#scheduled.set(project.id, project);
    setTimeout(() => {
      this.#scheduled.delete(project.id);
      const previous = this.#running.get(project.id) ?? Promise.resolve();
      const next = previous.then(() => this.#evaluate(project));
      this.#running.set(project.id, next);
      void next.finally(() => {
        if (this.#running.get(project.id) === next) this.#running.delete(project.id);
      });
    }, this.#delayMs).unref();
  }

  async #evaluate(project: Project): Promise<void> {
    if (this.#db.closed) return;
    try {
      const alerts = await evaluateAnchorHealth(this.#db, project.id, Date.now(), this.#reports);
      const last = this.#experimentsCheckedAt.get(project.id) ?? -Infinity;
      if (Date.now() - last >= this.#experimentIntervalMs) {
        this.#experimentsCheckedAt.set(project.id, Date.now());
        alerts.push(...(await evaluateExperimentNotices(this.#db, project.id, this.#reports)));
      }
      for (const alert of alerts) await this.webhooks.send(project, alert);
    } catch (error) {
      if (this.#db.closed) return; // the server closed while it ran
      console.error('waymark: alert evaluation failed for project', project.id, (error as Error).message);
    }
  }
}
