import * as z from 'zod/mini';
import { Bundle, BundleEnvelope } from './bundle.ts';
import { EventEnvelope } from './event.ts';
import { CURRENT_SCHEMA_VERSION, Flow } from './flow.ts';
import { findUnstorableText } from './findUnstorableText.ts';
import { formatIssues, issueMessage } from './formatIssues.ts';
import { validateCondition } from '../targeting/validateCondition.ts';
import type { Experiment, Holdout } from './experiment.ts';
import type { Milestone } from './milestone.ts';
import type { EventEnvelope as EventEnvelopeType } from './event.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** Older documents are upgraded step by step; index i migrates version i+1 to i+2. */
const migrations: Array<(doc: Record<string, unknown>) => Record<string, unknown>> = [];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, prefix: PropertyKey[] = []): ParseResult<T> {
  const result = schema.safeParse(input, { error: issueMessage });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error.issues, prefix) };
}

export function parseFlow(input: unknown): ParseResult<Flow> {
  const migrated = migrateDocument(input);
  if (!migrated.ok) return migrated;
  const parsed = parseWith(Flow, migrated.value);
  if (!parsed.ok || !parsed.value.audience) return parsed;
  // Rules the schema cannot express (a regex that does not compile, "in" without an array, …).
  const problems = validateCondition(parsed.value.audience, ['audience']);
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
  /** Flows that failed validation; the rest of the bundle is still usable. */
  rejected: RejectedFlow[];
}

/** Validates a bundle flow by flow: an invalid flow is reported and dropped, the valid ones are kept. */
export function parseBundle(input: unknown): ParseResult<ParsedBundle> {
  const migrated = migrateDocument(input);
  if (!migrated.ok) return migrated;
  const envelope = parseWith(BundleEnvelope, migrated.value);
  if (!envelope.ok) return envelope;
  const flows: Flow[] = [];
  const rejected: RejectedFlow[] = [];
  envelope.value.flows.forEach((raw, index) => {
    const flow = parseFlow(raw);
    if (flow.ok) flows.push(flow.value);
    else {
      const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      rejected.push({ index, ...(id ? { flowId: id } : {}), errors: flow.errors.map((e) => `flows[${index}].${e}`) });
    }
  });
  const { milestones = [], experiments = [], holdout } = envelope.value;
  return { ok: true, value: { flows, milestones, experiments, ...(holdout ? { holdout } : {}), rejected } };
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
  const parsed = parseWith(Bundle, migrated.value);
  if (!parsed.ok) return parsed;
  const problems = parsed.value.flows.flatMap((flow, i) => (flow.audience ? validateCondition(flow.audience, ['flows', i, 'audience']) : []));
  return problems.length ? { ok: false, errors: problems } : parsed;
}

export function parseEvent(input: unknown): ParseResult<EventEnvelopeType> {
  return parseWith(EventEnvelope, input);
}
