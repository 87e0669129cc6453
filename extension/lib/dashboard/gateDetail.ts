import type { ExperimentResult } from '../../../shared/stats/analyzeExperiment.ts';
import { count } from './format.ts';

/** Why there is no verdict yet, arm by arm: "Old experience needs 12 more exposed users, 3 more conversions." */
export function gateDetail(result: ExperimentResult, name: (key: string) => string, everyArm: string): string {
  const needs = result.gate.shortfall
    .map((s, i) => {
      const parts = [
        s.exposed > 0 ? `${count(s.exposed)} more exposed users` : '',
        s.converted > 0 ? `${count(s.converted)} more conversions` : '',
        s.notConverted > 0 ? `${count(s.notConverted)} more users who do not convert` : '',
      ].filter(Boolean);
      return parts.length ? `${name(result.arms[i]!.key)} needs ${parts.join(', ')}` : '';
    })
    .filter(Boolean);
  return `${needs.join('; ')}. A verdict needs ${everyArm} to have 100 exposed users, 10 conversions and 10 non-conversions.`;
}
