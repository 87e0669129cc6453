import { BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH } from './dayChartFrame.ts';
import { dayLabel, labelledDays } from './dayLabel.ts';
import { linearScale, ticks } from './scale.ts';

export interface TrendLine {
  key: string;
  label: string;
  /** One value per day; null where there is none yet. */
  values: ReadonlyArray<number | null>;
  /** An interval per day, drawn as a band behind the line. */
  band?: ReadonlyArray<{ low: number; high: number } | null>;
  /** Colour index (series-N), so one arm keeps its colour across charts. Default: the line's position. */
  tone?: number;
}

/**
 * A small line chart over days (hand-written SVG): one line per series, an optional interval band,
 * an optional dashed zero line. Bands are clipped to the plot: the first days' intervals are very
 * wide and would flatten everything else, so the y range follows the lines and the last band.
 */
export function TrendChart({ days, lines, format, label, zero = false, id }: { days: readonly number[]; lines: readonly TrendLine[]; format: (value: number) => string; label: string; zero?: boolean; id: string }) {
  const values = lines.flatMap((l) => l.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const lastBands = lines.flatMap((l) => {
    const band = l.band?.at(-1);
    return band ? [band.low, band.high] : [];
  });
  let low = Math.min(...values, ...lastBands, ...(zero ? [0] : []));
  let high = Math.max(...values, ...lastBands, ...(zero ? [0] : []));
  if (!Number.isFinite(low) || !Number.isFinite(high)) [low, high] = [0, 1];
  const pad = (high - low) * 0.1 || Math.abs(high) * 0.1 || 0.05;
  const domain: [number, number] = [low - pad, high + pad];
  const x = linearScale([0, Math.max(1, days.length - 1)], [LEFT, WIDTH - RIGHT]);
  const y = linearScale(domain, [HEIGHT - BOTTOM, TOP]);
  const path = (vals: ReadonlyArray<number | null>) =>
    vals.reduce<string>((d, v, i) => (v === null || !Number.isFinite(v) ? d : `${d}${d && vals[i - 1] !== null ? ' L' : ' M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`), '').trim();
  const bandPath = (band: ReadonlyArray<{ low: number; high: number } | null>) => {
    const idx = band.map((b, i) => (b ? i : -1)).filter((i) => i >= 0);
    if (idx.length < 2) return '';
    const top = idx.map((i) => `${x(i).toFixed(1)},${y(band[i]!.high).toFixed(1)}`);
    const bottom = [...idx].reverse().map((i) => `${x(i).toFixed(1)},${y(band[i]!.low).toFixed(1)}`);
    return `M${top.join(' L')} L${bottom.join(' L')} Z`;
  };
  const labelled = labelledDays(days.length);
  const clip = `clip-${id}`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} class="trend">
      <defs>
        <clipPath id={clip}>
          <rect x={LEFT} y={TOP} width={WIDTH - LEFT - RIGHT} height={HEIGHT - TOP - BOTTOM} />
        </clipPath>
      </defs>
      {ticks(domain[0], domain[1], 4).map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(t)} y2={y(t)} class="grid" />
          <text x={LEFT - 6} y={y(t) + 4} text-anchor="end" class="tick">{format(t)}</text>
        </g>
      ))}
      {zero && domain[0] < 0 && domain[1] > 0 ? <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} class="zero-line" /> : null}
      {days.map((day, i) => labelled.has(i) ? (
        <text key={day} x={x(i)} y={HEIGHT - 6} text-anchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'} class="tick">{dayLabel(day)}</text>
      ) : null)}
      <g clip-path={`url(#${clip})`}>
        {lines.map((l, i) => (l.band ? <path key={`band-${l.key}`} d={bandPath(l.band)} class={`band series-${l.tone ?? i}`} /> : null))}
        {lines.map((l, i) => (
          <path key={l.key} d={path(l.values)} class={`line series-${l.tone ?? i}`} data-series={l.key}>
            <title>{l.label}</title>
          </path>
        ))}
      </g>
    </svg>
  );
}
