import { describe, expect, it } from 'vitest';
import { HOLDOUT_EXPERIMENT_ID, holdoutArms } from '../../../shared/analytics/holdoutArms.ts';
import { experimentArms } from '../../../shared/analytics/experimentArms.ts';
import { inHoldout } from '../../../shared/experiment/inHoldout.ts';
import { generateTraffic } from '../../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT } from '../../../scripts/simulation/simulationBundle.ts';
import { DAY, EventLog, MINUTE, T0 } from './eventLog.ts';

const held = (log: EventLog, user: string, ts: number, anonymous = false) =>
  log.add('experiment_exposure', user, ts, { experimentId: HOLDOUT_EXPERIMENT_ID, variant: 'holdout', props: {}, anonymous });

describe('holdoutArms', () => {
  it('holdout people enter at their first holdout exposure, everyone else at their first flow start or experiment exposure', () => {
    const log = new EventLog();
    held(log, 'h1', T0);
    log.milestone('h1', T0 + DAY, 'goal');
    held(log, 'h2', T0);
    log.milestone('h2', T0 - MINUTE, 'goal'); // before entering: not counted
    held(log, 'h3', T0, true); // sent before identify: linked to h3 by a later event
    log.add('page_view', 'h3', T0 + 1, { props: {} });
    log.milestone('h3', T0 + 5 * DAY, 'goal');
    log.tour('o1', T0, 'tour', ['a'], 1, 'completed');
    log.milestone('o1', T0 + MINUTE, 'goal');
    log.add('experiment_exposure', 'o2', T0, { experimentId: 'exp', variant: 'control', props: {} }); // control counts too
    log.milestone('o2', T0, 'goal'); // same moment: counted
    log.add('experiment_exposure', 'o3', T0, { experimentId: 'exp', variant: 'treat', props: {} });
    log.milestone('o3', T0 + 20 * DAY, 'goal');
    log.milestone('never-reached', T0, 'goal'); // onboarding never reached them: in neither arm
    // Someone logged in the holdout after a flow (an earlier anonymous session) is in the holdout.
    log.tour('mixed', T0 - DAY, 'tour', ['a'], 1, 'completed');
    held(log, 'mixed', T0);

    expect(holdoutArms(log.events, { goal: 'goal' })).toEqual({ holdout: { exposed: 4, converted: 2 }, onboarding: { exposed: 3, converted: 3 } });
    expect(holdoutArms(log.events, { goal: 'goal', windowMs: 2 * DAY })).toEqual({ holdout: { exposed: 4, converted: 1 }, onboarding: { exposed: 3, converted: 2 } });
    // The date range applies to when people entered.
    expect(holdoutArms(log.events, { goal: 'goal', from: T0 + 1 })).toEqual({ holdout: { exposed: 0, converted: 0 }, onboarding: { exposed: 0, converted: 0 } });
    expect(holdoutArms(log.events, { goal: 'goal', to: T0 + 1 })).toEqual({ holdout: { exposed: 4, converted: 2 }, onboarding: { exposed: 3, converted: 3 } });
    // Another goal, and environments: these events are all production's.
    expect(holdoutArms(log.events, { goal: 'other' }).onboarding).toEqual({ exposed: 3, converted: 0 });
    expect(holdoutArms(log.events, { goal: 'goal', env: 'staging' }).holdout.exposed).toBe(0);
    expect(holdoutArms(log.events.map((e) => ({ ...e, env: 'staging' as const })), { goal: 'goal', env: 'staging' })).toEqual(holdoutArms(log.events, { goal: 'goal' }));
  });

  it('the simulator’s holdout: about its share of users, no onboarding for them, the old experience’s rate', () => {
    const holdout = { ...SIMULATED_HOLDOUT, share: 0.2 };
    const events = generateTraffic({ users: 3000, seed: 4, start: T0, holdout });
    const heldUsers = new Set(events.filter((e) => e.experimentId === HOLDOUT_EXPERIMENT_ID).map((e) => e.userId));
    for (const user of heldUsers) expect(inHoldout(holdout, user!)).toBe(true);
    expect(Math.abs(heldUsers.size - 600)).toBeLessThan(70);
    expect(events.some((e) => heldUsers.has(e.userId) && (e.flowId !== undefined || (e.type === 'experiment_exposure' && e.experimentId !== HOLDOUT_EXPERIMENT_ID)))).toBe(false);
    const arms = holdoutArms(events, { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY });
    expect(arms.holdout.exposed).toBe(heldUsers.size);
    expect(arms.holdout.exposed + arms.onboarding.exposed).toBe(3000);
    expect(Math.abs(arms.holdout.converted / arms.holdout.exposed - 0.42)).toBeLessThan(0.05);
    // Everyone else is half control (42%) and half the new experience (57%).
    expect(Math.abs(arms.onboarding.converted / arms.onboarding.exposed - 0.495)).toBeLessThan(0.035);
    const [control, treatment] = experimentArms(events, SIMULATED_EXPERIMENT);
    expect(control!.exposed + treatment!.exposed).toBe(arms.onboarding.exposed);
  });
});
