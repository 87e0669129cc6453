import type { JourneyMap } from '../../../shared/analytics/journeyMap.ts';
import { count, duration, percent } from './format.ts';

const COLUMN = 120;
const HEIGHT = 220;
const TOP = 30;
const BOTTOM = 48;

/**
 * The journey stages left to right: a bar per stage (users who reached it), the conversion from
 * the previous stage above each gap, and the friction point (the largest loss) outlined in red.
 */
export function JourneyChart({ journey }: { journey: JourneyMap }) {
  const width = Math.max(1, journey.stages.length) * COLUMN;
  const max = Math.max(1, journey.users);
  const friction = journey.frictionPoint?.to;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        class="journey"
        aria-label={`Journey: ${journey.stages.map((s) => `${s.stage} ${s.users} users (${percent(s.conversion)} from the previous stage)`).join(', ')}.${journey.frictionPoint ? ` Friction point: ${journey.frictionPoint.from ?? 'sign-up'} to ${journey.frictionPoint.to}.` : ''}`}
      >
        {journey.stages.map((s, i) => {
          const h = ((HEIGHT - TOP - BOTTOM) * s.users) / max;
          const x = i * COLUMN;
          const isFriction = s.stage === friction;
          return (
            <g key={s.stage} class={isFriction ? 'stage friction' : 'stage'} data-stage={s.stage}>
              <title>{`${s.stage}: ${count(s.users)} users, ${percent(s.conversion)} of the previous stage; median time to the next stage ${duration(s.medianTimeInStageMs)}`}</title>
              <rect x={x + 24} y={HEIGHT - BOTTOM - h} width={COLUMN - 48} height={Math.max(h, 1)} rx={3} />
              <text x={x + COLUMN / 2} y={HEIGHT - BOTTOM - h - 6} text-anchor="middle" class="value">{count(s.users)}</text>
              <text x={x + COLUMN / 2} y={HEIGHT - BOTTOM + 16} text-anchor="middle" class="label">{s.stage}</text>
              <text x={x + COLUMN / 2} y={HEIGHT - BOTTOM + 32} text-anchor="middle" class={isFriction ? 'conversion friction-text' : 'conversion'}>
                {`${percent(s.conversion)}${isFriction ? ' ⚠' : ''}`}
              </text>
            </g>
          );
        })}
        {friction ? <text x={journey.stages.findIndex((s) => s.stage === friction) * COLUMN + COLUMN / 2} y={16} text-anchor="middle" class="friction-text">Friction point</text> : null}
      </svg>
    </figure>
  );
}
