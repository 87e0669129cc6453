import type { Bundle } from '../schema/bundle.ts';
import { canonicalJson } from './canonicalJson.ts';
import { flowFileName } from './flowFileName.ts';
import { EXPERIMENTS_FILE, MANIFEST_FILE, MILESTONES_FILE, type FlowFiles } from './FlowFiles.ts';

/**
 * Splits a bundle into files for a git repository: one file per flow (`flows/<id>.json`), the
 * milestones and experiments in a file each, and `bundle.json` with the schema version, the order
 * of the flows and the holdout. filesToBundle reads them back into the same bundle.
 */
export function bundleToFiles(bundle: Bundle): FlowFiles {
  const files: FlowFiles = {};
  files[MANIFEST_FILE] = canonicalJson({
    ...(bundle.$schema ? { $schema: bundle.$schema } : {}),
    schemaVersion: bundle.schemaVersion,
    flows: bundle.flows.map((flow) => flow.id),
    ...(bundle.holdout ? { holdout: bundle.holdout } : {}),
  });
  for (const flow of bundle.flows) files[flowFileName(flow.id)] = canonicalJson(flow);
  files[MILESTONES_FILE] = canonicalJson(bundle.milestones ?? []);
  files[EXPERIMENTS_FILE] = canonicalJson(bundle.experiments ?? []);
  return files;
}
