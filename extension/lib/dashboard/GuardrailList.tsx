import type { ArmResult } from '../../../shared/stats/analyzeExperiment.ts';
import type { GuardrailResult } from '../../../shared/stats/evaluateGuardrail.ts';
import { percent, points, pointsRange } from './format.ts';

const STATUS: Record<GuardrailResult['status'], string> = { harmed: 'Harmed', not_harmed: 'Not harmed', not_enough_data: 'Not enough data' };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function change(g: GuardrailResult): string {
  const { absoluteLift: d } = g.comparison;
  if (g.kind === 'rate') return `${percent(g.control.mean)} → ${percent(g.treatment.mean)} (${points(d.estimate)}, ${pointsRange(d.low, d.high)})`;
  const h = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} h`;
  return `${g.control.mean.toFixed(1)} h → ${g.treatment.mean.toFixed(1)} h (${h(d.estimate)}, ${h(d.low)} to ${h(d.high)})`;
}

/** The guardrails the experiment names, per treatment arm: what changed, and whether it is harm. */
export function GuardrailList({ arms, name }: { arms: readonly ArmResult[]; name: (key: string) => string }) {
  const treated = arms.filter((a) => a.vsControl && a.vsControl.guardrails.length > 0);
  if (treated.length === 0) return null;
  return (
    <div class="guardrails" data-guardrails>
      <h4>Guardrails</h4>
      <ul>
        {treated.flatMap((arm) =>
          arm.vsControl!.guardrails.map((g) => (
            <li key={`${arm.key}-${g.key}`} class={`guardrail guardrail--${g.status}`} data-guardrail={g.key} data-status={g.status}>
              <span class="guardrail-status">{STATUS[g.status]}</span>
              <span>
                <strong>{capitalise(g.name)}</strong> must not {g.harmful === 'increase' ? 'rise' : 'drop'}
                {treated.length > 1 ? ` (${name(arm.key)})` : ''}: {change(g)}
              </span>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
