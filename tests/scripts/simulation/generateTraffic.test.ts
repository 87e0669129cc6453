import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { experimentArms, flowFunnel, journeyMap, surveyResults } from '../../../shared/analytics/index.ts';
import { EventEnvelope } from '../../../shared/schema/event.ts';
import { generateTraffic } from '../../../scripts/simulation/generateTraffic.ts';
import { replicateExperiments, replicateTraffic } from '../../../scripts/simulation/replicates.ts';
import { JOURNEY_MILESTONES, SIMULATED_EXPERIMENT } from '../../../scripts/simulation/simulationBundle.ts';

const START = Date.UTC(2026, 0, 5);

describe('the simulator', () => {
  const events = generateTraffic({ users: 4000, seed: 1, start: START });

  it('is deterministic with a seed, and sends only events the server accepts', () => {
    expect(generateTraffic({ users: 50, seed: 9, start: START })).toEqual(generateTraffic({ users: 50, seed: 9, start: START }));
    expect(generateTraffic({ users: 50, seed: 10, start: START })).not.toEqual(generateTraffic({ users: 50, seed: 9, start: START }));
    for (const event of events.slice(0, 2000)) expect(z.safeParse(EventEnvelope, event).success).toBe(true);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('reproduces the reference case: about 42% of control and 57% of the treatment reach integration-connected', () => {
    const [control, treatment] = experimentArms(events, SIMULATED_EXPERIMENT);
    expect(control!.exposed + treatment!.exposed).toBe(4000);
    expect(Math.abs(control!.exposed - 2000)).toBeLessThan(120);
    expect(Math.abs(control!.converted / control!.exposed - 0.42)).toBeLessThan(0.035);
    expect(Math.abs(treatment!.converted / treatment!.exposed - 0.57)).toBeLessThan(0.035);
  });

  it('walkthrough drop-off at every step, all six journey stages, and every survey kind', () => {
    const tour = flowFunnel(events, 'widget-tour', { steps: ['open-widget', 'colour', 'position', 'greeting', 'preview'] });
    expect(tour.steps.map((s) => s.users)).toEqual([...tour.steps.map((s) => s.users)].sort((a, b) => b - a));
    expect(tour.steps.slice(0, -1).every((s) => s.dropOff > 0)).toBe(true);
    const milestones = [
      { id: 'integration-connected', name: 'Connected', stage: 'activation' as const, reachedBy: [{ type: 'event' as const, name: 'integration_connected' }] },
      { id: 'teammate-invited', name: 'Invited', stage: 'adoption' as const, reachedBy: [{ type: 'event' as const, name: 'teammate_invited' }] },
      ...JOURNEY_MILESTONES,
    ];
    const journey = journeyMap(events, milestones);
    expect(journey.stages.map((s) => s.stage)).toEqual(['acquisition', 'activation', 'adoption', 'retention', 'expansion', 'advocacy']);
    expect(journey.stages.every((s) => s.users > 0)).toBe(true);
    const surveys = surveyResults(events);
    expect([surveys.nps?.responses, surveys.csat?.responses, surveys.ces?.responses].every((n) => n !== undefined && n > 100)).toBe(true);
    expect(surveys.invalid).toBe(0);
  });

  it('replicates: each experiment its own people, exposed once, at the given true rates', () => {
    const experiments = replicateExperiments(3, 4);
    const traffic = replicateTraffic(experiments, 400, { control: 0.3, 'bar-checklist-tour': 0.3 }, 4, START);
    const arms = experiments.map((e) => experimentArms(traffic, e));
    expect(arms.map((a) => a[0]!.exposed + a[1]!.exposed)).toEqual([400, 400, 400]);
    const converted = arms.flat().reduce((s, a) => s + a.converted, 0);
    expect(Math.abs(converted / 1200 - 0.3)).toBeLessThan(0.05);
  });
});
