import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { ExperimentSettings, FlowRecord, Revision } from './FlowRepository.ts';

/** One local release: what was published, when and why. */
export interface StoredRelease {
  version: number;
  createdAt: number;
  note: string | null;
  bundle: Bundle;
}

/** The builder's IndexedDB: one typed schema, so a wrong store name is a compile error. */
export interface DraftDb extends DBSchema {
  flows: { key: string; value: FlowRecord };
  revisions: { key: [string, number]; value: Revision; indexes: { byFlow: string } };
  milestones: { key: string; value: Milestone };
  /** Counters and pointers: `release` (last release number), `env:production`, `env:staging` (the release each shows). */
  meta: { key: string; value: number };
  /** Project-wide settings; today one record, `experiments`. */
  project: { key: string; value: ExperimentSettings };
  /** The bundle production shows (key `live`), kept for readers of the version-3 layout. */
  releases: { key: string; value: Bundle };
  /** Every local release, by number. */
  releaseLog: { key: number; value: StoredRelease };
}

export function openDraftDb(name = 'waymark-builder'): Promise<IDBPDatabase<DraftDb>> {
  return openDB<DraftDb>(name, 4, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('flows', { keyPath: 'flow.id' });
        const revisions = db.createObjectStore('revisions', { keyPath: ['flowId', 'revision'] });
        revisions.createIndex('byFlow', 'flowId');
        db.createObjectStore('milestones', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
      if (oldVersion < 2) db.createObjectStore('project');
      if (oldVersion < 3) db.createObjectStore('releases');
      if (oldVersion < 4) {
        const log = db.createObjectStore('releaseLog', { keyPath: 'version' });
        // A version-3 database knew one live bundle: it becomes production's release.
        const live = await tx.objectStore('releases').get('live');
        if (live) {
          const version = (await tx.objectStore('meta').get('release')) ?? 1;
          await log.put({ version, createdAt: Date.now(), note: null, bundle: live });
          await tx.objectStore('meta').put(version, 'env:production');
          await tx.objectStore('meta').put(version, 'release');
        }
      }
    },
  });
}
