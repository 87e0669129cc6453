import { count, percent } from './format.ts';

const WIDTH = 360;
const HEIGHT = 150;
const BOTTOM = 20;

/** Responses per score as vertical bars; `tone(score)` colours them (detractors, passives, promoters). */
export function ScoreBars({ label, distribution, lowest, tone }: { label: string; distribution: readonly number[]; lowest: number; tone: (score: number) => string }) {
  const total = distribution.reduce((s, n) => s + n, 0);
  const max = Math.max(1, ...distribution);
  const slot = WIDTH / distribution.length;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${label}: ${distribution.map((n, i) => `${i + lowest}: ${n}`).join(', ')}`} class="score-bars">
      {distribution.map((n, i) => {
        const h = ((HEIGHT - BOTTOM - 14) * n) / max;
        const score = i + lowest;
        return (
          <g key={score} class={`score ${tone(score)}`}>
            <title>{`Score ${score}: ${count(n)} responses (${percent(total ? n / total : 0)})`}</title>
            <rect x={i * slot + 3} y={HEIGHT - BOTTOM - h} width={slot - 6} height={Math.max(h, 1)} rx={2} />
            <text x={i * slot + slot / 2} y={HEIGHT - 5} text-anchor="middle" class="tick">{score}</text>
            {n > 0 ? <text x={i * slot + slot / 2} y={HEIGHT - BOTTOM - h - 3} text-anchor="middle" class="value">{n}</text> : null}
          </g>
        );
      })}
    </svg>
  );
}
