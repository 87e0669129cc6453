import { Bundle, BundleEnvelope } from './bundle.ts';
import { EventEnvelope } from './event.ts';
import { CURRENT_SCHEMA_VERSION, Flow } from './flow.ts';
import { prefixProblem } from './findReservedKeys.ts';
import { findUnstorableText } from './findUnstorableText.ts';
import { parseWith, type ParseResult } from './parseWith.ts';
import { validateCondition } from './validateCondition.ts';
import { flowConditions } from './flowConditions.ts';
import { resourceCenterClashes } from './resourceCenterClashes.ts';
import type { Experiment, Holdout } from './experiment.ts';
import type { Milestone } from './milestone.ts';
import type { EventEnvelope as EventEnvelopeType } from './event.ts';

export type { ParseResult } from './parseWith.ts';

/**
 * Older documents are upgraded step by step; index i migrates version i+1 to i+2. A bundle's
 * migration also upgrades the flows it carries that are at its version.
 */
const migrations: Array<(doc: Record<string, unknown>) => Record<string, unknown>> = [
  // 1 → 2: anchors may say which look-alike they mean (`intent`, `repeat`). A version 1 anchor
  // meant the one element its fingerprint singles out, which is what an anchor without an intent
  // means in version 2: only the number changes (and an older SDK refuses version 2 by its number,
  // not by an unknown key deep in a step).
  (doc) => withFlowsAt(doc, 1, { ...doc, schemaVersion: 2 }),
];

function withFlowsAt(source: Record<string, unknown>, version: number, doc: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(source.flows)) return doc;
  return { ...doc, flows: source.flows.map((flow) => (isRecord(flow) && flow.schemaVersion === version ? { ...flow, schemaVersion: version + 1 } : flow)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each flow of a bundle at its own version brought to the current one, as `parseBundle` does flow by flow. */
function withFlowsMigrated(bundle: unknown): unknown {
  if (!isRecord(bundle) || !Array.isArray(bundle.flows)) return bundle;
  return { ...bundle, flows: bundle.flows.map((flow) => {
    const migrated = isRecord(flow) ? migrateDocument(flow) : null;
    return migrated?.ok ? migrated.value : flow;
  }) };
}

/** Brings a document to the current schemaVersion, or says why it cannot. */
export function migrateDocument(input: unknown): ParseResult<unknown> {
  if (!isRecord(input)) return { ok: false, errors: ['(root): expected an object'] };
  const version = input.schemaVersion;
  if (version === undefined) return { ok: false, errors: ['schemaVersion: required'] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['schemaVersion: must be a positive integer'] };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return { ok: false, errors: [`schemaVersion: ${version} is newer than this version of Waymark supports (${CURRENT_SCHEMA_VERSION})`] };
  }
  let doc = input;
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) doc = migrations[v - 1]!({ ...doc });
  return { ok: true, value: doc };
}

export function parseFlow(input: unknown): ParseResult<Flow> {
  const migrated = migrateDocument(input);
  if (!migrated.ok) return migrated;
  const parsed = parseWith(Flow, migrated.value);
  if (!parsed.ok) return parsed;
  // Rules the schema cannot express (a regex that does not compile, "in" without an array, …).
  const problems = flowConditions(parsed.value).flatMap(({ condition, path }) => validateCondition(condition, path));
  return problems.length ? { ok: false, errors: problems } : parsed;
}

export interface RejectedFlow {
  index: number;
  flowId?: string;
  errors: string[];
}

export interface ParsedBundle {
  flows: Flow[];
  milestones: Milestone[];
  experiments: Experiment[];
  holdout?: Holdout;
  /** Traits recorded on entry events for breakdowns (Bundle.breakdownTraits). */
  breakdownTraits?: string[];
  /** Flows that failed validation; the rest of the bundle is still usable. */
  rejected: RejectedFlow[];
}

/** Validates a bundle flow by flow: an invalid flow is reported and dropped, the valid ones are kept. */
export function parseBundle(input: unknown): ParseResult<ParsedBundle> {
  const migrated = migrateDocument(input);
  if (!migrated.ok) return migrated;
  // Each flow is searched for reserved keys by its own parse, so that only that flow is rejected.
  const envelope = parseWith(BundleEnvelope, migrated.value, isRecord(migrated.value) ? { ...migrated.value, flows: [] } : migrated.value);
  if (!envelope.ok) return envelope;
  const flows: Flow[] = [];
  const rejected: RejectedFlow[] = [];
  envelope.value.flows.forEach((raw, index) => {
    const flow = parseFlow(raw);
    if (flow.ok) flows.push(flow.value);
    else {
      const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      rejected.push({ index, ...(id ? { flowId: id } : {}), errors: flow.errors.map((e) => prefixProblem(`flows[${index}]`, e)) });
    }
  });
  const { milestones = [], experiments = [], holdout, breakdownTraits } = envelope.value;
  return { ok: true, value: { flows, milestones, experiments, ...(holdout ? { holdout } : {}), ...(breakdownTraits ? { breakdownTraits } : {}), rejected } };
}

/**
 * Validates a whole bundle strictly: every problem in every flow. The one check behind publish, the
 * builder's export and the CLI's validate/check, so none of them passes what another refuses.
 */
export function validateBundle(input: unknown): ParseResult<Bundle> {
  const unstorable = findUnstorableText(input);
  if (unstorable) return { ok: false, errors: [unstorable] };
  const migrated = migrateDocument(input);
  if (!migrated.ok) return migrated;
  const parsed = parseWith(Bundle, withFlowsMigrated(migrated.value));
  if (!parsed.ok) return parsed;
  const problems = [
    ...parsed.value.flows.flatMap((flow, i) => flowConditions(flow).flatMap(({ condition, path }) => validateCondition(condition, ['flows', i, ...path]))),
    ...resourceCenterClashes(parsed.value.flows),
  ];
  return problems.length ? { ok: false, errors: problems } : parsed;
}

export function parseEvent(input: unknown): ParseResult<EventEnvelopeType> {
  return parseWith(EventEnvelope, input);
}
