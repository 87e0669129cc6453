/**
 * Regex rules (URL page rules and trait conditions) run on every end user's page: a pattern that
 * backtracks catastrophically must not freeze the tab (issue 12, finding 2).
 */
import { describe, expect, it } from 'vitest';
import { parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import { validateCondition } from '../../../shared/schema/validateCondition.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import { validTour } from '../../fixtures/flows.ts';

const timed = (run: () => boolean): { result: boolean; ms: number } => {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
};

const context = (traits: Record<string, unknown>): TargetingContext => ({
  now: Date.now(), traits, eventCounts: () => 0, flowStates: {}, milestones: new Set(), device: { width: 1024, touch: false }, elementPresent: () => false,
});

describe('regex rules are matched in linear time', () => {
  it('the URL rule ^https?://[^/]+/(\\w+/?)+$ against a 90-character URL finishes in milliseconds', () => {
    const url = `https://app.example/${'a'.repeat(69)}!`;
    expect(url).toHaveLength(90);
    const { result, ms } = timed(() => matchUrlRule({ type: 'regex', value: '^https?://[^/]+/(\\w+/?)+$' }, toPageLocation(url)));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(50);
    expect(matchUrlRule({ type: 'regex', value: '^https?://[^/]+/(\\w+/?)+$' }, toPageLocation('https://app.example/a/b/c'))).toBe(true);
  });

  it('the trait rule ^(a+)+$ against 26 a\'s and "!" finishes in milliseconds', () => {
    const rule = { type: 'trait', key: 'name', op: 'regex', value: '^(a+)+$' } as const;
    const { result, ms } = timed(() => evaluateCondition(rule, context({ name: `${'a'.repeat(26)}!` })));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(50);
    expect(evaluateCondition(rule, context({ name: 'a'.repeat(26) }))).toBe(true);
  });

  it('a URL over 8 KB matches no regex rule', () => {
    const rule = { type: 'regex', value: '^https://app\\.example/' } as const;
    expect(matchUrlRule(rule, toPageLocation(`https://app.example/${'a'.repeat(8000)}`))).toBe(true);
    expect(matchUrlRule(rule, toPageLocation(`https://app.example/${'a'.repeat(8200)}`))).toBe(false);
  });

  it('globs with many ** stay linear on long paths', () => {
    const path = `/${'a/'.repeat(3000)}b`;
    const { result, ms } = timed(() => matchUrlRule({ type: 'glob', value: '/**a**a**a**a**a**a**c' }, toPageLocation(`https://x.example${path}`)));
    expect(result).toBe(false);
    expect(ms).toBeLessThan(200);
  });
});

describe('patterns outside the linear-time dialect are rejected with their path', () => {
  const flowWith = (pages: unknown) => ({ ...validTour(), trigger: { pages } });

  it('a URL rule with a backreference or lookaround names the rule and what is unsupported', () => {
    for (const [value, words] of [['(a)\\1', 'backreference'], ['^/x(?=y)', 'lookahead'], ['(?<!a)b', 'lookbehind']] as const) {
      const result = parseFlow(flowWith({ include: [{ type: 'regex', value }] }));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join('\n')).toMatch(new RegExp(`trigger\\.pages\\.include\\[0\\]\\.value.*${words}`));
    }
  });

  it('publishing and the CLI (validateBundle) refuse them with the path inside the bundle', () => {
    const bundle = { schemaVersion: 1, flows: [{ ...validTour(), audience: { type: 'trait', key: 'email', op: 'regex', value: '^(?!admin)' } }] };
    expect(validateBundle(bundle)).toEqual({ ok: false, errors: ['flows[0].audience.value: invalid regular expression: lookahead ((?= and (?!) is not supported (at character 2)'] });
    const pages = { schemaVersion: 1, flows: [flowWith({ include: [{ type: 'regex', value: '(a)\\1' }] })] };
    expect(validateBundle(pages)).toEqual({ ok: false, errors: ['flows[0].trigger.pages.include[0].value: is not a valid regular expression: backreferences (\\1, \\2 …) are not supported (at character 4)'] });
  });

  it('a trait rule with a backreference is a problem at its value', () => {
    expect(validateCondition({ type: 'trait', key: 'email', op: 'regex', value: '(a)\\1' })).toEqual([expect.stringMatching(/^value: .*backreference/)]);
  });
});
