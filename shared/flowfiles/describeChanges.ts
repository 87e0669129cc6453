import type { Bundle } from '../schema/bundle.ts';
import type { Flow } from '../schema/flow.ts';
import type { Step } from '../schema/step.ts';
import { canonicalJson } from './canonicalJson.ts';

const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Short values are quoted in the sentence; documents (an audience, an anchor) are only named. */
function change(label: string, before: unknown, after: unknown): string {
  if (before === undefined) return `${label} set`;
  if (after === undefined) return `${label} removed`;
  const scalar = (v: unknown) => typeof v !== 'object' && String(v).length <= 60;
  return scalar(before) && scalar(after) ? `${label} changed from ${JSON.stringify(before)} to ${JSON.stringify(after)}` : `${label} changed`;
}

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, skip: string[] = []): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !skip.includes(k)).sort();
  return keys.filter((key) => !same(before[key], after[key])).map((key) => change(key, before[key], after[key]));
}

function stepLabel(step: Step, index: number): string {
  return `step ${index + 1} (${JSON.stringify(step.id)})`;
}

function stepChanges(before: Step[], after: Step[]): string[] {
  const lines: string[] = [];
  const beforeIndex = new Map(before.map((step, i) => [step.id, i]));
  const afterIds = new Set(after.map((step) => step.id));
  before.forEach((step, i) => {
    if (!afterIds.has(step.id)) lines.push(`${stepLabel(step, i)} removed`);
  });
  after.forEach((step, i) => {
    const was = beforeIndex.get(step.id);
    if (was === undefined) return void lines.push(`${stepLabel(step, i)} added`);
    if (was !== i) lines.push(`${stepLabel(step, i)} moved from step ${was + 1}`);
    for (const line of fieldChanges(before[was] as Record<string, unknown>, step as Record<string, unknown>)) lines.push(`${stepLabel(step, i)} ${line}`);
  });
  return lines;
}

function flowChanges(before: Flow, after: Flow): string[] {
  return [
    ...fieldChanges(before as Record<string, unknown>, after as Record<string, unknown>, ['steps']),
    ...stepChanges(before.steps, after.steps),
  ].map((line) => `flow ${JSON.stringify(after.id)}: ${line}`);
}

function listChanges<T>(noun: string, before: T[], after: T[], keyOf: (item: T) => string): string[] {
  const lines: string[] = [];
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const next = new Map(after.map((item) => [keyOf(item), item]));
  for (const key of old.keys()) if (!next.has(key)) lines.push(`${noun} ${JSON.stringify(key)} removed`);
  for (const [key, item] of next) {
    const was = old.get(key);
    if (was === undefined) lines.push(`${noun} ${JSON.stringify(key)} added`);
    else for (const line of fieldChanges(was as Record<string, unknown>, item as Record<string, unknown>)) lines.push(`${noun} ${JSON.stringify(key)}: ${line}`);
  }
  return lines;
}

/**
 * What changed from one bundle to another, one sentence per change a reviewer cares about:
 * flows added or removed, a step's anchor, an audience, a milestone… Empty when they are the same.
 * Missing milestone/experiment lists count as empty ones.
 */
export function describeChanges(before: Bundle, after: Bundle): string[] {
  const lines: string[] = [];
  const oldFlows = new Map(before.flows.map((flow) => [flow.id, flow]));
  const newIds = new Set(after.flows.map((flow) => flow.id));
  for (const flow of before.flows) if (!newIds.has(flow.id)) lines.push(`flow ${JSON.stringify(flow.id)} removed`);
  for (const flow of after.flows) {
    const was = oldFlows.get(flow.id);
    if (!was) lines.push(`flow ${JSON.stringify(flow.id)} added (${flow.kind}, ${flow.steps.length} ${flow.steps.length === 1 ? 'step' : 'steps'})`);
    else lines.push(...flowChanges(was, flow));
  }
  const common = (flows: Flow[], other: Set<string>) => flows.map((f) => f.id).filter((id) => other.has(id));
  if (!same(common(before.flows, newIds), common(after.flows, new Set(oldFlows.keys())))) lines.push('flow order changed');
  lines.push(...listChanges('milestone', before.milestones ?? [], after.milestones ?? [], (m) => m.id));
  lines.push(...listChanges('experiment', before.experiments ?? [], after.experiments ?? [], (e) => e.key));
  if (!same(before.holdout, after.holdout)) lines.push(change('holdout', before.holdout, after.holdout));
  return lines;
}
