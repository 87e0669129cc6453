import { expect, it } from 'vitest';
import { judgeStepHealth } from '../../../server/alerts/judgeStepHealth.ts';
import { signWebhook } from '../../../server/alerts/signWebhook.ts';

const settings = { windowMs: 3_600_000, threshold: 0.2, minUsers: 20 };

it('judges a step broken at the threshold, healthy below half of it, and not at all with too few users or in between', () => {
  expect(judgeStepHealth(19, 19, settings)).toBeUndefined();
  expect(judgeStepHealth(20, 4, settings)).toBe('broken');
  expect(judgeStepHealth(20, 3, settings)).toBeUndefined();
  expect(judgeStepHealth(20, 1, settings)).toBe('healthy');
  expect(judgeStepHealth(100, 0, settings)).toBe('healthy');
});

it('signs the timestamp and the raw body together, so neither can be changed or replayed alone', () => {
  const signature = signWebhook('whsec_x', '{"a":1}', 1700000000000);
  expect(signature).toMatch(/^t=1700000000000,v1=[0-9a-f]{64}$/);
  expect(signWebhook('whsec_x', '{"a":2}', 1700000000000)).not.toBe(signature);
  expect(signWebhook('whsec_x', '{"a":1}', 1700000000001)).not.toBe(signature);
});
