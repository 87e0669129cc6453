import type { AnchorHealthSettings } from '../../shared/api/requests.ts';

/**
 * A step's state from its window counts: broken at or above the threshold, healthy below half of it
 * (the gap keeps a rate hovering at the threshold from alerting on every batch), undefined when
 * there are too few users to say or the rate is in between (the state stays what it was).
 */
export function judgeStepHealth(users: number, missing: number, settings: AnchorHealthSettings): 'broken' | 'healthy' | undefined {
  if (users < settings.minUsers) return undefined;
  const rate = missing / users;
  if (rate >= settings.threshold) return 'broken';
  if (rate < settings.threshold / 2) return 'healthy';
  return undefined;
}
