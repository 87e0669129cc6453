import { count } from './format.ts';
import { BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH } from './dayChartFrame.ts';
import { dayLabel, labelledDays } from './dayLabel.ts';
import { linearScale, ticks } from './scale.ts';

/** Counts per day as bars (hand-written SVG), each bar's day and count on hover. */
export function DailyBars({ days, values, label, unit }: { days: readonly number[]; values: readonly number[]; label: string; unit: string }) {
  const high = Math.max(1, ...values);
  const rough = ticks(0, high, 3);
  const step = rough.length > 1 ? rough[1]! - rough[0]! : high;
  const top = Math.ceil(high / step) * step;
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, days.length);
  const labelled = labelledDays(days.length);
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} class="trend bars">
      {ticks(0, top, 3).map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} class="grid" />
          <text x={LEFT - 6} y={y(t) + 4} text-anchor="end" class="tick">{count(t)}</text>
        </g>
      ))}
      {days.map((day, i) => (
        <g key={day}>
          <rect x={LEFT + i * slot + slot * 0.15} y={y(values[i]!)} width={Math.max(1, slot * 0.7)} height={Math.max(0, y(0) - y(values[i]!))} rx={1.5} class="bar-day">
            <title>{`${dayLabel(day)}: ${count(values[i]!)} ${unit}`}</title>
          </rect>
          {labelled.has(i) ? (
            <text x={LEFT + i * slot + slot / 2} y={HEIGHT - 6} text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'} class="tick">{dayLabel(day)}</text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
