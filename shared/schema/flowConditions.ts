import type { Condition } from './condition.ts';
import type { Flow } from './flow.ts';

/** Every audience rule of a flow with its path: the flow's own, and each resource-center section's and item's. */
export function flowConditions(flow: Flow): Array<{ condition: Condition; path: Array<string | number> }> {
  const found: Array<{ condition: Condition; path: Array<string | number> }> = [];
  if (flow.audience) found.push({ condition: flow.audience, path: ['audience'] });
  flow.resourceCenter?.sections.forEach((section, s) => {
    if (section.audience) found.push({ condition: section.audience, path: ['resourceCenter', 'sections', s, 'audience'] });
    if (!('items' in section)) return;
    section.items.forEach((item: { audience?: Condition }, i) => {
      if (item.audience) found.push({ condition: item.audience, path: ['resourceCenter', 'sections', s, 'items', i, 'audience'] });
    });
  });
  return found;
}
