import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { ExperimentSettings, FlowRecord, Revision } from './FlowRepository.ts';

/** The builder's IndexedDB: one typed schema, so a wrong store name is a compile error. */
export interface DraftDb extends DBSchema {
  flows: { key: string; value: FlowRecord };
  revisions: { key: [string, number]; value: Revision; indexes: { byFlow: string } };
  milestones: { key: string; value: Milestone };
  meta: { key: string; value: number };
  /** Project-wide settings; today one record, `experiments`. */
  project: { key: string; value: ExperimentSettings };
  /** The last published bundle (key `live`), the base a single-flow publish starts from. */
  releases: { key: string; value: Bundle };
}

export function openDraftDb(name = 'waymark-builder'): Promise<IDBPDatabase<DraftDb>> {
  return openDB<DraftDb>(name, 3, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('flows', { keyPath: 'flow.id' });
        const revisions = db.createObjectStore('revisions', { keyPath: ['flowId', 'revision'] });
        revisions.createIndex('byFlow', 'flowId');
        db.createObjectStore('milestones', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) db.createObjectStore('project');
      if (oldVersion < 3) db.createObjectStore('releases');
    },
  });
}
