import type { PageRules } from '../schema/urlRule.ts';
import { matchUrlRule, type PageLocation } from './matchUrlRule.ts';

/** Any include rule matches and no exclude rule does. */
export function matchPageRules(rules: PageRules, page: PageLocation): boolean {
  return rules.include.some((rule) => matchUrlRule(rule, page)) && !(rules.exclude ?? []).some((rule) => matchUrlRule(rule, page));
}
