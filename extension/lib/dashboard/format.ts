/** Number formats shared by the dashboard's charts, tables and CSV. */
export const percent = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;

/** A difference of two rates in percentage points, signed. */
export const points = (difference: number, digits = 1): string => `${difference >= 0 ? '+' : '−'}${Math.abs(difference * 100).toFixed(digits)} pts`;

/** An interval of differences in points: "+6.0 to +25.5 pts". */
export const pointsRange = (low: number, high: number, digits = 1): string => `${points(low, digits).replace(' pts', '')} to ${points(high, digits)}`;

export const signedPercent = (share: number, digits = 1): string => `${share >= 0 ? '+' : '−'}${Math.abs(share * 100).toFixed(digits)}%`;

export const count = (n: number): string => n.toLocaleString('en-US');

export function pValue(p: number): string {
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4);
}

/** 90 minutes → "1.5 h", 3 days → "3.0 d". */
export function duration(ms: number | null): string {
  if (ms === null) return '—';
  const minutes = ms / 60_000;
  if (minutes < 60) return `${minutes.toFixed(0)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
}
