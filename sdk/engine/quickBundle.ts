import type { Flow } from '../../shared/schema/flow.ts';
import type { ParsedBundle } from '../../shared/schema/parse.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/schemaVersion.ts';

const KINDS = new Set(['tour', 'announcement', 'modal', 'checklist', 'survey', 'hotspot', 'resource-center']);
/** Resource center sections that list items (the others have none). */
const LISTING = new Set(['tours', 'whats-new', 'help']);
const ANCHORED = new Set(['tooltip', 'hotspot']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isVersion = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= CURRENT_SCHEMA_VERSION;

/** Enough shape for the engine and the renderers to run a flow; the full check comes later. */
function runnable(flow: unknown): boolean {
  if (!isRecord(flow) || typeof flow.id !== 'string' || typeof flow.version !== 'number' || !isVersion(flow.schemaVersion)) return false;
  if (!KINDS.has(flow.kind as string) || !isRecord(flow.trigger) || !isRecord(flow.frequency) || typeof flow.frequency.type !== 'string') return false;
  if (flow.kind === 'checklist' && (!isRecord(flow.checklist) || !Array.isArray(flow.checklist.items))) return false;
  if (flow.kind === 'resource-center' && !resourceCenterShape(flow.resourceCenter)) return false;
  return Array.isArray(flow.steps) && flow.steps.every((step) =>
    isRecord(step) && typeof step.id === 'string' && typeof step.type === 'string' && (!ANCHORED.has(step.type) || (isRecord(step.anchor) && Array.isArray(step.anchor.selectors))));
}

const resourceCenterShape = (rc: unknown) => isRecord(rc) && typeof rc.title === 'string' && Array.isArray(rc.sections) && rc.sections.every((s) =>
  isRecord(s) && typeof s.id === 'string' && typeof s.type === 'string' && (!LISTING.has(s.type) || (Array.isArray(s.items) && s.items.every((item) => isRecord(item) && typeof item.id === 'string'))));

const milestoneShape = (m: unknown) => isRecord(m) && typeof m.id === 'string' && Array.isArray(m.reachedBy) && m.reachedBy.every((s) => isRecord(s) && typeof s.type === 'string');

/**
 * A cheap first look at a bundle (a release validated when it was published, or flows given
 * inline), without the schema library: the flows as they are when every one of them has the shape
 * the engine runs on, or null (the bundle then waits for the full check). Experiments and a holdout
 * always wait for it. The full check runs once the first step is on screen, and replaces this.
 */
export function quickBundle(input: unknown): ParsedBundle | null {
  const doc = Array.isArray(input) ? { schemaVersion: CURRENT_SCHEMA_VERSION, flows: input } : input;
  if (!isRecord(doc) || !isVersion(doc.schemaVersion) || !Array.isArray(doc.flows)) return null;
  const milestones = doc.milestones ?? [];
  if (doc.experiments !== undefined || doc.holdout !== undefined || !Array.isArray(milestones) || !milestones.every(milestoneShape)) return null;
  if (!doc.flows.every(runnable)) return null;
  return { flows: doc.flows.map((flow) => ({ ...flow, schemaVersion: CURRENT_SCHEMA_VERSION })) as Flow[], milestones: milestones as ParsedBundle['milestones'], experiments: [], rejected: [] };
}
