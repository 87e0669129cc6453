import type { Anchor } from '../../../shared/schema/anchor.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { UrlRule } from '../../../shared/schema/urlRule.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { CheckConfig } from './checkConfig.ts';

export interface PlannedStep {
  flowId: string;
  flowName: string;
  stepId: string;
  /** 1-based, as people count steps. */
  stepNumber: number;
  anchor: Anchor;
  /** The user goes on by clicking the step's element (advance on click): the next step may only show after it. */
  advancesOnClick: boolean;
  /** The page to open, or why no page could be made from the rules. */
  page: { url: string } | { error: string };
}

function samplePath(rule: UrlRule, config: CheckConfig): string | { error: string } {
  const sample = config.pages?.[rule.value];
  if (sample) return sample;
  const hint = `add "pages": {${JSON.stringify(rule.value)}: "/a/real/page"} to waymark.check.json`;
  switch (rule.type) {
    case 'exact':
      return rule.value;
    case 'path': {
      const missing: string[] = [];
      const path = rule.value.split('/').map((segment) => {
        if (!segment.startsWith(':')) return segment;
        const value = config.params?.[segment.slice(1)];
        if (value === undefined) missing.push(segment.slice(1));
        return encodeURIComponent(value ?? '');
      }).join('/');
      return missing.length ? { error: `no sample value for ${missing.map((m) => `:${m}`).join(', ')} in ${rule.value}: add "params": {${missing.map((m) => `${JSON.stringify(m)}: "…"`).join(', ')}} to waymark.check.json` } : path;
    }
    case 'glob': {
      // `/widget/**` needs at least the slash after /widget: `/widget/` is its smallest page.
      const path = rule.value.replace(/\*\*$/, '');
      return path.includes('*') ? { error: `the glob ${rule.value} has no sample page: ${hint}` } : path;
    }
    default:
      return { error: `the ${rule.type} rule ${JSON.stringify(rule.value)} has no sample page: ${hint}` };
  }
}

/** A concrete URL on the checked build for a rule; a sample must match the rule it stands for. */
function pageFor(rule: UrlRule, config: CheckConfig, baseUrl: string): { url: string } | { error: string } {
  const path = samplePath(rule, config);
  if (typeof path !== 'string') return path;
  const absolute = new URL(path, baseUrl);
  // A rule written for production's host is checked on the build's host, same path.
  const url = new URL(absolute.pathname + absolute.search + absolute.hash, baseUrl);
  const asWritten = /^[a-z][a-z0-9+.-]*:\/\//i.test(rule.value) ? absolute : url;
  if (!matchUrlRule(rule, toPageLocation(asWritten))) return { error: `the sample page ${path} does not match the ${rule.type} rule ${JSON.stringify(rule.value)}` };
  return { url: url.href };
}

/**
 * Every anchored step of every flow with the page it belongs to: the step's own `url` rule, else
 * the flow's first page rule that yields a page, else the config's page for the flow.
 */
export function planChecks(bundle: Bundle, config: CheckConfig, baseUrl: string): PlannedStep[] {
  const planned: PlannedStep[] = [];
  for (const flow of bundle.flows) {
    const flowPage = config.flows?.[flow.id];
    flow.steps.forEach((step, index) => {
      const anchor = 'anchor' in step ? step.anchor : undefined;
      if (!anchor) return;
      let page: PlannedStep['page'];
      if (step.url) page = pageFor(step.url, config, baseUrl);
      else if (flowPage) page = { url: new URL(flowPage, baseUrl).href };
      else {
        const rules = flow.trigger.pages?.include ?? [];
        const pages = rules.map((rule) => pageFor(rule, config, baseUrl));
        page = pages.find((p) => 'url' in p) ?? pages[0] ?? { error: `the step has no url rule and the flow no page rule: add "flows": {${JSON.stringify(flow.id)}: "/its/page"} to waymark.check.json` };
      }
      planned.push({ flowId: flow.id, flowName: flow.name, stepId: step.id, stepNumber: index + 1, anchor, advancesOnClick: step.advanceOn?.type === 'anchor_click', page });
    });
  }
  return planned;
}
