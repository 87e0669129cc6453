import type { Bundle } from '../../../shared/schema/bundle.ts';
import { CURRENT_SCHEMA_VERSION, type Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { validateBundle, type ParseResult } from '../../../shared/schema/parse.ts';
import type { ExperimentSettings } from '../storage/FlowRepository.ts';

export const BUNDLE_SCHEMA_URL = 'https://waymark.dev/schema/v1/bundle.schema.json';

/** The project's flows, milestones and experiments as one bundle, validated strictly (every problem, with its path). */
export function buildBundle(flows: readonly Flow[], milestones: readonly Milestone[], settings: ExperimentSettings = { experiments: [] }): ParseResult<Bundle> {
  return validateBundle({
    $schema: BUNDLE_SCHEMA_URL,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    flows,
    milestones,
    ...(settings.experiments.length ? { experiments: settings.experiments } : {}),
    ...(settings.holdout ? { holdout: settings.holdout } : {}),
  });
}
