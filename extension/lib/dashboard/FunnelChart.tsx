import type { FlowFunnel } from '../../../shared/analytics/flowFunnel.ts';
import { count, percent } from './format.ts';

const WIDTH = 640;
const LABEL = 210;
const ROW = 30;

/** Horizontal bars: started, each step, completed, as a share of those who started; drop-off on hover. */
export function FunnelChart({ funnel, name = (id) => id, biggestDrop }: { funnel: FlowFunnel; name?: (stepId: string) => string; biggestDrop?: string | null }) {
  const rows = [
    { label: 'Started', users: funnel.started, detail: `${count(funnel.started)} users started` },
    ...funnel.steps.map((s) => ({
      label: name(s.stepId),
      users: s.users,
      drop: s.stepId === biggestDrop,
      detail: `${name(s.stepId)}: shown to ${count(s.users)} users (${percent(funnel.started ? s.users / funnel.started : 0)} of starts); ${count(s.dropOff)} left the flow here (${percent(s.dropOffRate)}), ${count(s.dismissed)} closed it here`,
    })),
    { label: 'Completed', users: funnel.completed, detail: `${count(funnel.completed)} users completed (${percent(funnel.completionRate)} of starts)` },
  ];
  const base = Math.max(funnel.started, ...rows.map((r) => r.users), 1);
  const barWidth = (users: number) => ((WIDTH - LABEL - 110) * users) / base;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${rows.length * ROW + 6}`} role="img" aria-label={`Funnel: ${rows.map((r) => `${r.label} ${r.users}`).join(', ')}`} class="funnel">
        {rows.map((row, i) => (
          <g key={row.label} class={i === 0 ? 'bar start' : i === rows.length - 1 ? 'bar done' : 'drop' in row && row.drop ? 'bar biggest-drop' : 'bar'}>
            <title>{row.detail}</title>
            <text x={LABEL - 8} y={i * ROW + 19} text-anchor="end" class="label">{row.label}</text>
            <rect x={LABEL} y={i * ROW + 5} width={Math.max(1, barWidth(row.users))} height={ROW - 10} rx={3} />
            <text x={LABEL + barWidth(row.users) + 6} y={i * ROW + 19} class="value">{`${count(row.users)} · ${percent(funnel.started ? row.users / funnel.started : 0, 0)}`}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
