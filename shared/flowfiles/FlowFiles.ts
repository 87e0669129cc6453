/** A bundle as files: relative POSIX path → file text (see bundleToFiles). */
export type FlowFiles = Record<string, string>;

/** Holds the schema version, the flows' order and the holdout. */
export const MANIFEST_FILE = 'bundle.json';
export const MILESTONES_FILE = 'milestones.json';
export const EXPERIMENTS_FILE = 'experiments.json';
export const FLOWS_DIR = 'flows/';
