import { describe, expect, it } from 'vitest';
import { matchPageRules } from '../../../shared/targeting/matchPageRules.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';

const at = (url: string) => toPageLocation(`https://app.chatly.example${url}`);

describe('matchUrlRule', () => {
  it('exact: path, trailing slash, full URL', () => {
    expect(matchUrlRule({ type: 'exact', value: '/widget' }, at('/widget/'))).toBe(true);
    expect(matchUrlRule({ type: 'exact', value: '/widget' }, at('/widget/advanced'))).toBe(false);
    expect(matchUrlRule({ type: 'exact', value: 'https://app.chatly.example/team' }, at('/team'))).toBe(true);
  });
  it('glob: * stays in a segment, ** crosses segments', () => {
    expect(matchUrlRule({ type: 'glob', value: '/projects/*/settings' }, at('/projects/42/settings'))).toBe(true);
    expect(matchUrlRule({ type: 'glob', value: '/projects/*' }, at('/projects/42/settings'))).toBe(false);
    expect(matchUrlRule({ type: 'glob', value: '/projects/**' }, at('/projects/42/settings'))).toBe(true);
  });
  it('path params', () => {
    expect(matchUrlRule({ type: 'path', value: '/users/:id' }, at('/users/7'))).toBe(true);
    expect(matchUrlRule({ type: 'path', value: '/users/:id' }, at('/users/7/edit'))).toBe(false);
  });
  it('query contains and regex', () => {
    expect(matchUrlRule({ type: 'query', value: 'tab=billing' }, at('/settings?tab=billing&x=1'))).toBe(true);
    expect(matchUrlRule({ type: 'regex', value: '/settings\\?tab=(billing|plan)' }, at('/settings?tab=plan'))).toBe(true);
  });
  it('a malformed regex matches nothing instead of throwing', () => {
    expect(matchUrlRule({ type: 'regex', value: '([' }, at('/'))).toBe(false);
  });
  it('page rules: include unless excluded', () => {
    const rules = { include: [{ type: 'glob' as const, value: '/**' }], exclude: [{ type: 'exact' as const, value: '/settings' }] };
    expect(matchPageRules(rules, at('/team'))).toBe(true);
    expect(matchPageRules(rules, at('/settings'))).toBe(false);
  });
});

describe('matchUrlRule compiled-pattern reuse', () => {
  it('a rule edited in place is matched by its new value, not the pattern compiled before', () => {
    const page = toPageLocation('https://app.example.com/billing/plans');
    const rule: { type: 'glob' | 'regex' | 'path'; value: string } = { type: 'glob', value: '/settings/**' };
    expect(matchUrlRule(rule, page)).toBe(false);
    rule.value = '/billing/**';
    expect(matchUrlRule(rule, page)).toBe(true);
    rule.type = 'regex';
    rule.value = 'plans$';
    expect(matchUrlRule(rule, page)).toBe(true);
    rule.value = '(';
    expect(matchUrlRule(rule, page)).toBe(false);
    rule.type = 'path';
    rule.value = '/billing/:section';
    expect(matchUrlRule(rule, page)).toBe(true);
  });
});
