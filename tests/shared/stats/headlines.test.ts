import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { analyzeHoldout } from '../../../shared/stats/analyzeHoldout.ts';
import { experimentHeadline } from '../../../shared/stats/experimentHeadline.ts';
import { holdoutHeadline } from '../../../shared/stats/holdoutHeadline.ts';
import { formatComparison, formatDays, formatShare, formatUsers } from '../../../shared/stats/readableNumbers.ts';

const names = { armNames: { control: 'The old experience', 'bar-checklist-tour': 'Bar + checklist + walkthrough' }, metric: 'integration connected' };
const arms = (n: number, control: number, treatment: number, m = n) => [
  { key: 'control', exposed: n, converted: control, weight: 1 },
  { key: 'bar-checklist-tour', exposed: m, converted: treatment, weight: 1 },
];

describe('experimentHeadline', () => {
  it('a winner at the planned sample: ship it, with the numbers of the fixed-horizon test', () => {
    // 42.3% vs 56.1% of 1,000 each: +13.8 pts ± 1.96·√(.423·.577/1000 + .561·.439/1000) = +9.5 to +18.1.
    const result = analyzeExperiment(arms(1000, 423, 561), { plannedUsersPerArm: 1000 });
    const headline = experimentHeadline(result, names);
    expect(headline.text).toBe('Bar + checklist + walkthrough raises integration connected from 42% to 56% (+14 pts, 95% CI +9 to +18). Ship it.');
    expect(headline.recommendation).toBe('ship');
    expect(headline.basis).toBe('Fixed-horizon test at the planned 1,000 users per arm (95% confidence)');
  });

  it('not enough data: how many more users per arm, and how many days at today\'s traffic', () => {
    const result = analyzeExperiment(arms(200, 84, 90), { plannedUsersPerArm: 1400 });
    const headline = experimentHeadline(result, { ...names, exposuresPerDay: 480 });
    expect(headline.text).toBe('Not enough data yet: ~1,200 more users per arm (about 5 days at today\'s traffic).');
    expect(headline.basis).toBe('Sequential test, valid however often it is looked at (95% confidence; planned 1,400 users per arm)');
    // Below the sample gate the gate's shortfall counts too; without traffic, no days.
    const tiny = experimentHeadline(analyzeExperiment(arms(40, 16, 20)), names);
    expect(tiny.text).toBe('Not enough data yet: ~60 more users per arm.');
    // Sequential without a plan: nothing says how long.
    expect(experimentHeadline(analyzeExperiment(arms(600, 252, 262)), names).text).toBe('Not enough data yet: no clear difference so far; give it a planned sample size to know how long to run.');
  });

  it('inconclusive at the planned sample, and a loser', () => {
    const flat = experimentHeadline(analyzeExperiment(arms(1400, 588, 602), { plannedUsersPerArm: 1400 }), names);
    expect(flat.recommendation).toBe('no_difference');
    expect(flat.text).toBe('Inconclusive: no difference detected between Bar + checklist + walkthrough (43%) and The old experience (42%) on integration connected (+1 pt, 95% CI −3 to +5).');
    const worse = experimentHeadline(analyzeExperiment(arms(1000, 420, 340), { method: 'fixed' }), names);
    expect(worse.text).toBe('Bar + checklist + walkthrough lowers integration connected from 42% to 34% (−8 pts, 95% CI −12 to −4). Don\'t ship it.');
    expect(worse.basis).toBe('Fixed-horizon test, valid when read once at a sample size fixed in advance (95% confidence)');
  });

  it('a winner that harms a guardrail is to be reviewed, naming the harm', () => {
    const result = analyzeExperiment(arms(1000, 423, 561), {
      plannedUsersPerArm: 1000,
      guardrails: [{ key: 'dismissal-rate', name: 'the dismissal rate', kind: 'rate', harmful: 'increase', arms: { control: { exposed: 1000, converted: 100 }, 'bar-checklist-tour': { exposed: 1000, converted: 180 } } }],
    });
    expect(experimentHeadline(result, names).text).toBe(
      'Bar + checklist + walkthrough raises integration connected from 42% to 56% (+14 pts, 95% CI +9 to +18), but it raises the dismissal rate from 10% to 18%. Review before shipping.',
    );
  });

  it('a broken split withholds everything; several arms lead with the best winner', () => {
    const srm = experimentHeadline(analyzeExperiment([{ key: 'control', exposed: 1000, converted: 420, weight: 1 }, { key: 'bar-checklist-tour', exposed: 1200, converted: 680, weight: 1 }]), names);
    expect(srm.text).toBe('Results withheld: the split of users between arms is off (sample ratio mismatch, p < 0.0001); fix assignment or exposure logging first.');
    const three = analyzeExperiment(
      [
        { key: 'control', exposed: 1000, converted: 420, weight: 1 },
        { key: 'bar', exposed: 1000, converted: 500, weight: 1 },
        { key: 'tour', exposed: 1000, converted: 560, weight: 1 },
      ],
      { method: 'fixed' },
    );
    const headline = experimentHeadline(three, { metric: 'integration connected', armNames: { tour: 'The walkthrough', bar: 'The bar' } });
    expect(headline.arms.map((a) => a.recommendation)).toEqual(['ship', 'ship']);
    expect(headline.text).toMatch(/^The walkthrough raises integration connected from 42% to 56%/);
  });
});

describe('holdoutHeadline', () => {
  it('onboarding helps, not enough held-out users, and inconclusive', () => {
    const helps = analyzeHoldout({ holdout: { exposed: 500, converted: 210 }, onboarding: { exposed: 4500, converted: 2230 } }, 0.1, { method: 'fixed' });
    // 42.0% vs 49.6%: +7.6 pts ± 1.96·√(.42·.58/500 + .4956·.5044/4500) = +3.0 to +12.1; at whole points 42 → 50 is +8.
    expect(holdoutHeadline(helps, { metric: 'integration connected' }).text).toBe('Onboarding raises integration connected from 42% (held out) to 50% (+8 pts, 95% CI +3 to +12). Keep it on.');
    const early = analyzeHoldout({ holdout: { exposed: 60, converted: 25 }, onboarding: { exposed: 540, converted: 260 } }, 0.1, { plannedUsersPerArm: 400 });
    expect(holdoutHeadline(early, { metric: 'integration connected', exposuresPerDay: 100 }).text).toBe('Not enough data yet: ~340 more held-out users (about 34 days at today\'s traffic).');
    const flat = analyzeHoldout({ holdout: { exposed: 1000, converted: 420 }, onboarding: { exposed: 9000, converted: 3830 } }, 0.1, { method: 'fixed' });
    expect(holdoutHeadline(flat, { metric: 'integration connected' }).recommendation).toBe('no_difference');
    // 42.0% vs 42.6%: +0.6 pts ± 1.96·√(.42·.58/1000 + .4256·.5744/9000) = −2.7 to +3.8.
    expect(holdoutHeadline(flat, { metric: 'integration connected' }).text).toMatch(/^Inconclusive: no effect of onboarding on integration connected detected \(42% held out, 43% with onboarding; \+1 pt, 95% CI −3 to \+4\)\.$/);
  });
});

describe('readableNumbers', () => {
  const value = (s: string) => Number(s.replace('\u2212', '-').replace(/[%,+]/g, ''));

  it('the fewest decimals at which the sentence stays true', () => {
    // 42.5% → 56.4%: at 0 decimals 43% → 56% would say +13 while the lift rounds to +14.
    expect(formatComparison(0.425, 0.564, { estimate: 0.139, low: 0.1, high: 0.178 })).toMatchObject({ decimals: 1, control: '42.5%', treatment: '56.4%', lift: '+13.9' });
    // An interval just above 0 is not shown as "+0 to …".
    expect(formatComparison(0.42, 0.46, { estimate: 0.04, low: 0.003, high: 0.077 })).toMatchObject({ decimals: 1, low: '+0.3', high: '+7.7' });
    expect(formatComparison(0.42, 0.56, { estimate: 0.14, low: 0.1, high: 0.18 })).toMatchObject({ decimals: 0, control: '42%', treatment: '56%', lift: '+14', low: '+10', high: '+18' });
  });

  it('for any rates and interval: the rates differ by the lift shown, the interval holds the lift, and excludes 0 when the real one does', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }), (c, t, below, above) => {
        const lift = { estimate: t - c, low: t - c - below, high: t - c + above };
        const r = formatComparison(c, t, lift);
        expect(value(r.treatment) - value(r.control)).toBeCloseTo(value(r.lift), 6);
        expect(value(r.low)).toBeLessThanOrEqual(value(r.lift) + 1e-9);
        expect(value(r.high)).toBeGreaterThanOrEqual(value(r.lift) - 1e-9);
        if (lift.low > 0.0001) expect(value(r.low)).toBeGreaterThan(0);
        if (lift.high < -0.0001) expect(value(r.high)).toBeLessThan(0);
      }),
      { seed: 42, numRuns: 3000 },
    );
  });

  it('shares, users and days', () => {
    expect(formatShare(0.4231)).toBe('42.3%');
    expect(formatShare(0.4231, 0)).toBe('42%');
    expect(formatUsers(1163)).toBe('1,200');
    expect(formatUsers(1200)).toBe('1,200');
    expect(formatUsers(87)).toBe('87');
    expect(formatUsers(12_345)).toBe('13,000');
    expect(formatDays(0.4)).toBe('less than a day');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(4.2)).toBe('5 days');
    expect(formatDays(70)).toBe('10 weeks');
  });
});
