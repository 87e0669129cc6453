import type { ArmResult } from '../../../shared/stats/analyzeExperiment.ts';
import { points } from './format.ts';
import { linearScale, ticks } from './scale.ts';

const WIDTH = 640;
const LABEL = 230;
const ROW = 36;
const TOP = 10;
const AXIS = 30;

/**
 * A forest plot: each variant's absolute lift over control (percentage points) with its 95%
 * interval, against the zero line. Green when it is better, red when worse, grey while inconclusive.
 */
export function LiftPlot({ arms, control, name = (key) => key }: { arms: readonly ArmResult[]; control: string; name?: (key: string) => string }) {
  const treated = arms.filter((a) => a.vsControl !== null);
  const bounds = treated.flatMap((a) => [a.vsControl!.absoluteLift.low, a.vsControl!.absoluteLift.high]).filter(Number.isFinite);
  const low = Math.min(0, ...bounds);
  const high = Math.max(0, ...bounds);
  const pad = (high - low) * 0.08 || 0.05;
  const x = linearScale([low - pad, high + pad], [LABEL, WIDTH - 16]);
  const height = TOP + treated.length * ROW + AXIS;
  const summary = treated.map((a) => `${name(a.key)}: ${points(a.vsControl!.absoluteLift.estimate)} (95% CI ${points(a.vsControl!.absoluteLift.low)} to ${points(a.vsControl!.absoluteLift.high)})`).join('; ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`Lift over ${control}, in percentage points with 95% intervals. ${summary}`} class="lift-plot">
        <line x1={x(0)} x2={x(0)} y1={TOP - 4} y2={height - AXIS} class="zero-line" />
        {ticks(low - pad, high + pad).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={height - AXIS} y2={height - AXIS + 4} class="axis" />
            <text x={x(t)} y={height - AXIS + 16} text-anchor="middle" class="tick">{`${t > 0 ? '+' : ''}${(t * 100).toFixed(0)}`}</text>
          </g>
        ))}
        <text x={WIDTH - 16} y={height - 2} text-anchor="end" class="tick">points vs {control}</text>
        {treated.map((arm, i) => {
          const lift = arm.vsControl!.absoluteLift;
          const y = TOP + i * ROW + ROW / 2;
          const tone = arm.vsControl!.verdict === 'better' ? 'better' : arm.vsControl!.verdict === 'worse' ? 'worse' : 'neutral';
          return (
            <g key={arm.key} class={`lift ${tone}`} data-variant={arm.key}>
              <title>{`${name(arm.key)}: ${points(lift.estimate)} (95% CI ${points(lift.low)} to ${points(lift.high)})`}</title>
              <text x={LABEL - 10} y={y + 4} text-anchor="end" class="label">{name(arm.key)}</text>
              <line x1={x(lift.low)} x2={x(lift.high)} y1={y} y2={y} class="interval" />
              <line x1={x(lift.low)} x2={x(lift.low)} y1={y - 6} y2={y + 6} class="interval" />
              <line x1={x(lift.high)} x2={x(lift.high)} y1={y - 6} y2={y + 6} class="interval" />
              <circle cx={x(lift.estimate)} cy={y} r={6} class="estimate" />
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
