import { assignVariant } from '../../shared/experiment/assignVariant.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { Bundle } from '../../shared/schema/bundle.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { Experiment } from '../../shared/schema/experiment.ts';
import type { Verdict } from '../../shared/stats/analyzeExperiment.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { SIMULATED_EXPERIMENT } from './simulationBundle.ts';

const DAY = 86_400_000;
export const REPLICATE_PREFIX = 'replicate-';

/** K copies of the reference experiment with their own keys and seeds, to measure error rates end to end. */
export function replicateExperiments(count: number, seed: number): Experiment[] {
  return Array.from({ length: count }, (_, r) => ({ ...SIMULATED_EXPERIMENT, key: `${REPLICATE_PREFIX}${seed}-${r + 1}`, name: `Replicate ${r + 1} (seed ${seed})`, seed: `replicate-${seed}-${r + 1}` }));
}

/** The bundle with earlier replicates replaced by these. */
export function withReplicates(bundle: Bundle, experiments: readonly Experiment[]): Bundle {
  return { ...bundle, experiments: [...(bundle.experiments ?? []).filter((e) => !e.key.startsWith(REPLICATE_PREFIX)), ...experiments] };
}

/**
 * Per replicate, `usersPerReplicate` people: hashed into an arm, exposed once, and reaching the
 * goal at the arm's true rate inside the attribution window. Only those two events: the server
 * has to find first exposures and conversions exactly as for full traffic.
 */
export function replicateTraffic(experiments: readonly Experiment[], usersPerReplicate: number, rates: Record<string, number>, seed: number, start: number): EventEnvelope[] {
  const random = mulberry32(seed ^ 0x5eed);
  const events: EventEnvelope[] = [];
  const bytes = () => new Uint8Array(10).map(() => Math.floor(random() * 256));
  for (const experiment of experiments) {
    for (let i = 0; i < usersPerReplicate; i++) {
      const userId = `${experiment.key}-s${seed}-u${i}`;
      const variant = assignVariant(experiment, userId)!;
      const ts = Math.round(start + random() * 7 * DAY);
      const base = { userId, anonymousId: `anon-${userId}`, sessionId: `session-${userId}` };
      events.push({ id: uuidv7(ts, bytes()), type: 'experiment_exposure', ts, ...base, experimentId: experiment.key, variant, props: {} });
      if (random() < (rates[variant] ?? 0)) {
        const at = Math.round(ts + random() * (experiment.attributionDays - 1) * DAY);
        events.push({ id: uuidv7(at, bytes()), type: 'milestone_reached', ts: at, ...base, props: { milestone: experiment.goal, name: experiment.goal, stage: 'activation', via: 'event' } });
      }
    }
  }
  return events;
}

/** Share of replicates per verdict of the treatment arm. */
export function verdictShares(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const shares: Record<Verdict, number> = { not_enough_data: 0, sample_ratio_mismatch: 0, better: 0, worse: 0, inconclusive: 0 };
  for (const v of verdicts) shares[v] += 1 / verdicts.length;
  return shares;
}
