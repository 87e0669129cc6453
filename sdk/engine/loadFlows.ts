import { parseBundle } from '../../shared/schema/parse.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/flow.ts';

/** Accepts a bundle or a bare array of flow documents (as `init({ flows })` allows). */
export function loadFlows(input: unknown): ReturnType<typeof parseBundle> {
  if (Array.isArray(input)) return parseBundle({ schemaVersion: CURRENT_SCHEMA_VERSION, flows: input });
  return parseBundle(input);
}
