import type { Flow } from './flow.ts';
import { formatPath } from './formatIssues.ts';

/**
 * One resource center per set of pages: a second resource-center flow whose page rules are the
 * same as an earlier one's (or that has none, like it) is a problem naming both.
 */
export function resourceCenterClashes(flows: readonly Flow[]): string[] {
  const seen = new Map<string, { index: number; id: string }>();
  const problems: string[] = [];
  flows.forEach((flow, index) => {
    if (flow.kind !== 'resource-center') return;
    const pages = JSON.stringify(flow.trigger.pages ?? null);
    const earlier = seen.get(pages);
    if (earlier) {
      problems.push(`${formatPath(['flows', index, 'trigger', 'pages'])}: resource center "${flow.id}" shows on the same pages as "${earlier.id}" (flows[${earlier.index}]); a project has one resource center per set of pages`);
    } else seen.set(pages, { index, id: flow.id });
  });
  return problems;
}
