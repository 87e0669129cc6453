/** The flow and bundle document version this code writes and reads (older ones are migrated). */
export const CURRENT_SCHEMA_VERSION = 2;
