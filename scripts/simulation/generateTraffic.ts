import { assignVariant } from '../../shared/experiment/assignVariant.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { inHoldout } from '../../shared/experiment/inHoldout.ts';
import type { Experiment, Holdout } from '../../shared/schema/experiment.ts';
import type { JourneyStage } from '../../shared/schema/primitives.ts';
import { HOLDOUT_EXPERIMENT_ID } from '../../shared/analytics/holdoutArms.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { fnv1a32 } from '../../shared/experiment/fnv1a32.ts';
import { SIMULATED_EXPERIMENT } from './simulationBundle.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TrafficOptions {
  users: number;
  seed: number;
  /** First sign-up time (epoch ms); sign-ups spread over `days` from it. */
  start: number;
  days?: number;
  experiment?: Experiment;
  /** True rate of reaching the goal within the attribution window, per variant key (`holdout` for the global holdout, default control's). Default: the reference case. */
  rates?: Record<string, number>;
  /** A global holdout: its users are logged under `global-holdout` once and see no onboarding at all. Default none. */
  holdout?: Holdout;
}

/** The reference case: 42% of sign-ups reach "integration-connected" with the old experience, 57% with the new one. */
export const REFERENCE_RATES: Record<string, number> = { control: 0.42, 'bar-checklist-tour': 0.57 };

const STAGE: Record<string, JourneyStage> = {
  'signed-up': 'acquisition',
  'integration-connected': 'activation',
  'widget-customised': 'activation',
  'snippet-installed': 'activation',
  'teammate-invited': 'adoption',
  'came-back-week-2': 'retention',
  'plan-upgraded': 'expansion',
  'friend-referred': 'advocacy',
};
const TRACKED: Record<string, string> = {
  'signed-up': 'signed_up',
  'integration-connected': 'integration_connected',
  'widget-customised': 'widget_saved',
  'teammate-invited': 'teammate_invited',
  'came-back-week-2': 'returned_week_2',
  'plan-upgraded': 'plan_upgraded',
  'friend-referred': 'friend_referred',
};
const TOUR_STEPS = ['open-widget', 'colour', 'position', 'greeting', 'preview'];
/** Chance of going on to the next walkthrough step after each one. */
const TOUR_CONTINUE = [0.92, 0.78, 0.86, 0.9];
const NPS_WEIGHTS = [2, 1, 1, 2, 2, 4, 6, 12, 18, 24, 28];
const CSAT_WEIGHTS = [4, 7, 16, 38, 35];
const CES_WEIGHTS = [3, 5, 8, 14, 25, 28, 17];
const COMMENTS = ['Setup took two minutes.', 'The checklist helped a lot.', 'Wish the widget had more themes.', 'Connecting Shopify was confusing.', 'Great support team!', 'Too many popups at first.'];

/**
 * Sign-ups of the demo app ("Chatly") and what they do over the following weeks, as the SDK would
 * report it: identity (some browse anonymously first), the experiment exposure (for control too),
 * the flows the treatment sees with drop-off at each step, milestones through the journey stages,
 * and survey answers. The same seed and start always give the same events (ids included), so
 * sending them twice only adds duplicates, which the server ignores.
 */
export function generateTraffic(options: TrafficOptions): EventEnvelope[] {
  const { users, seed, start, days = 7, experiment = SIMULATED_EXPERIMENT, rates = REFERENCE_RATES, holdout } = options;
  const random = mulberry32(seed);
  const chance = (p: number) => random() < p;
  const between = (low: number, high: number) => low + random() * (high - low);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = (weights: readonly number[]) => {
    let r = random() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]!) < 0) return i;
    return weights.length - 1;
  };
  const events: EventEnvelope[] = [];

  for (let i = 0; i < users; i++) {
    const userId = `sim-${seed}-${i}`;
    const anonymousId = `anon-${seed}-${i}`;
    const signUp = Math.round(start + random() * days * DAY);
    // Device and plan from the user id, not the random stream, so every other draw stays as it was.
    const hash = fnv1a32(userId);
    const entry = { device: hash % 10 < 5 ? 'desktop' : hash % 10 < 8 ? 'phone' : 'tablet', traits: { plan: (['free', 'free', 'pro', 'team'] as const)[(hash >>> 8) % 4]! } };
    const emit = (type: string, ts: number, fields: Partial<EventEnvelope> & { anonymous?: boolean } = {}) => {
      const { anonymous, ...rest } = fields;
      if (type === 'experiment_exposure' || type === 'flow_started') rest.props = { ...entry, ...rest.props };
      const at = Math.round(ts);
      const bytes = new Uint8Array(10).map(() => Math.floor(random() * 256));
      events.push({
        id: uuidv7(at, bytes),
        type,
        ts: at,
        ...(anonymous ? {} : { userId }),
        anonymousId,
        sessionId: `${anonymousId}-d${Math.floor((at - signUp) / DAY)}`,
        props: {},
        ...rest,
      });
    };
    const reached = new Map<string, number>();
    const milestone = (id: string, ts: number, via = 'event') => {
      if (reached.has(id)) return;
      reached.set(id, ts);
      if (TRACKED[id]) emit(TRACKED[id], ts - 1);
      emit('milestone_reached', ts, { props: { milestone: id, name: id, stage: STAGE[id], via } });
    };
    const flow = (flowId: string, tag?: { experimentId: string; variant: string }) => ({ flowId, flowVersion: 1, ...(tag ?? {}) });

    /** A one-question survey flow: shown, then answered (about 3 in 4) or closed. */
    const survey = (flowId: string, stepId: string, at: number, answer: () => Record<string, unknown>) => {
      if (held) return;
      emit('flow_started', at, { ...flow(flowId), props: { manual: false } });
      emit('step_shown', at + 200, { ...flow(flowId), stepId, props: { index: 0, total: 1 } });
      if (chance(0.75)) {
        emit('survey_answered', at + between(3000, 30_000), { ...flow(flowId), stepId, props: answer() });
        emit('flow_completed', at + 31_000, { ...flow(flowId), stepId, props: {} });
      } else emit('flow_dismissed', at + 5000, { ...flow(flowId), stepId, props: { reason: 'user' } });
    };

    if (chance(0.3)) emit('page_viewed', signUp - between(5 * MINUTE, 2 * HOUR), { anonymous: true, props: { path: '/pricing' } });
    milestone('signed-up', signUp);

    const held = inHoldout(holdout, userId);
    const variant = held ? null : assignVariant(experiment, userId);
    const exposedAt = signUp + 30_000;
    if (held) emit('experiment_exposure', exposedAt, { experimentId: HOLDOUT_EXPERIMENT_ID, variant: 'holdout' });
    let checklistFrom: number | undefined;
    let tourDone = false;
    if (variant !== null) {
      emit('experiment_exposure', exposedAt, { experimentId: experiment.key, variant });
      const shown = experiment.variants.find((v) => v.key === variant)?.flowId;
      if (shown) {
        const tag = { experimentId: experiment.key, variant };
        emit('flow_started', exposedAt + 1000, { ...flow(shown, tag), props: { manual: false } });
        emit('step_shown', exposedAt + 1500, { ...flow(shown, tag), stepId: 'bar', props: { index: 0, total: 1 } });
        const outcome = random();
        if (outcome < 0.55) {
          // "Connect your chatbot" / "Show me how": the bar's buttons open the checklist and the walkthrough.
          emit('flow_completed', exposedAt + 20_000, { ...flow(shown, tag), stepId: 'bar', props: {} });
          checklistFrom = exposedAt + 21_000;
          tourDone = walkthrough(exposedAt + 25_000);
        } else {
          if (outcome < 0.85) emit('flow_dismissed', exposedAt + 8_000, { ...flow(shown, tag), stepId: 'bar', props: { reason: 'user' } });
          if (chance(0.4)) checklistFrom = exposedAt + between(HOUR, 2 * DAY);
        }
        if (checklistFrom !== undefined) emit('flow_started', checklistFrom, { ...flow('activation-checklist'), props: { manual: false } });
      }
    }

    function walkthrough(at: number): boolean {
      emit('flow_started', at, { ...flow('widget-tour'), props: { manual: false } });
      for (let step = 0; step < TOUR_STEPS.length; step++) {
        const t = at + (step + 1) * 12_000;
        const stepId = TOUR_STEPS[step]!;
        if (stepId === 'position' && chance(0.04)) {
          emit('anchor_missing', t, { ...flow('widget-tour'), stepId, props: { policy: 'skip', timeoutMs: 5000 } });
          emit('flow_dismissed', t + 5000, { ...flow('widget-tour'), stepId, props: { reason: 'anchor_missing' } });
          return false;
        }
        emit('step_shown', t, { ...flow('widget-tour'), stepId, props: { index: step, total: TOUR_STEPS.length } });
        if (step === TOUR_STEPS.length - 1) break;
        if (!chance(TOUR_CONTINUE[step]!)) {
          if (chance(0.7)) emit('flow_dismissed', t + 6000, { ...flow('widget-tour'), stepId, props: { reason: 'user' } });
          return false;
        }
        emit('step_completed', t + 8000, { ...flow('widget-tour'), stepId, props: { index: step } });
      }
      emit('flow_completed', at + 70_000, { ...flow('widget-tour'), stepId: 'preview', props: {} });
      return true;
    }

    if (!held && chance(0.6)) {
      const at = signUp + between(2 * DAY, 3 * DAY);
      emit('flow_started', at, { ...flow('whats-new'), props: { manual: false } });
      emit('step_shown', at + 500, { ...flow('whats-new'), stepId: 'release', props: { index: 0, total: 1 } });
      if (chance(0.4)) emit('flow_completed', at + 9000, { ...flow('whats-new'), stepId: 'release', props: {} });
      else emit('flow_dismissed', at + 4000, { ...flow('whats-new'), stepId: 'release', props: { reason: 'user' } });
    }

    // The goal, at the arm's true rate, inside the attribution window (median about a day).
    const rate = held ? (rates['holdout'] ?? rates['control'] ?? 0.42) : variant === null ? (rates['control'] ?? 0.42) : (rates[variant] ?? 0.42);
    if (chance(rate)) {
      const delay = Math.min(-Math.log(1 - random()) * 1.4 * DAY, (experiment.attributionDays - 0.5) * DAY);
      const at = exposedAt + 60_000 + delay;
      milestone('integration-connected', at);
      survey('nps-after-connect', 'nps', at + between(MINUTE, 10 * MINUTE), () => ({ kind: 'nps', score: weighted(NPS_WEIGHTS), ...(chance(0.2) ? { comment: pick(COMMENTS) } : {}) }));
    }
    const connected = reached.get('integration-connected');
    if (chance(tourDone ? 0.9 : connected ? 0.6 : 0.12)) {
      const at = (connected ?? signUp) + between(10 * MINUTE, 2 * DAY);
      milestone('widget-customised', at);
      if (chance(0.7)) survey('widget-csat', 'csat', at + 30_000, () => ({ kind: 'csat', score: weighted(CSAT_WEIGHTS) + 1 }));
    }
    if (connected !== undefined && chance(0.55)) {
      const at = connected + between(5 * MINUTE, DAY);
      milestone('snippet-installed', at, 'click');
      if (chance(0.6)) survey('setup-effort', 'ces', at + 30_000, () => ({ kind: 'ces', score: weighted(CES_WEIGHTS) + 1, ...(chance(0.1) ? { comment: pick(COMMENTS) } : {}) }));
    }
    const activatedAt = Math.min(...['integration-connected', 'widget-customised', 'snippet-installed'].map((m) => reached.get(m) ?? Infinity));
    if (Number.isFinite(activatedAt) && chance(0.5)) milestone('teammate-invited', activatedAt + between(HOUR, 5 * DAY));
    if (reached.has('teammate-invited') ? chance(0.6) : Number.isFinite(activatedAt) && chance(0.2)) milestone('came-back-week-2', signUp + between(8 * DAY, 13 * DAY));
    if (reached.has('came-back-week-2') && chance(0.3)) milestone('plan-upgraded', signUp + between(13 * DAY, 20 * DAY));
    if (reached.has('plan-upgraded') && chance(0.45)) milestone('friend-referred', signUp + between(20 * DAY, 28 * DAY));

    if (checklistFrom !== undefined) {
      const items: Array<[string, string]> = [['connect', 'integration-connected'], ['customise', 'widget-customised'], ['invite', 'teammate-invited'], ['snippet', 'snippet-installed']];
      let done = 0;
      for (const [item, m] of items) {
        const at = reached.get(m);
        if (at === undefined) continue;
        done++;
        emit('checklist_item_completed', Math.max(at, checklistFrom) + 100, { ...flow('activation-checklist'), props: { item, milestone: m } });
      }
      if (done === items.length) emit('flow_completed', Math.max(checklistFrom, ...items.map(([, m]) => reached.get(m)!)) + 200, { ...flow('activation-checklist'), props: {} });
    }
  }
  return events;
}
