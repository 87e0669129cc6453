import type { Bundle } from '../../shared/schema/bundle.ts';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/flow.ts';

export function emptyBundle(): Bundle {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, flows: [], milestones: [], experiments: [] };
}
