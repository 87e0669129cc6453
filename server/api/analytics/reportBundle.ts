import type { ReleaseRef } from '../../../shared/api/reports.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Db } from '../../db/Db.ts';
import { getPublished, getRelease } from '../../store/releases.ts';
import { ApiError } from '../ApiError.ts';
import type { ReportQuery } from './parseReportQuery.ts';

export interface ReportBundle {
  /** The release the definitions come from, and the environment it is published to (null for an explicit `release`). */
  release: ReleaseRef;
  bundle: Bundle;
}

/** The bundle whose flows, milestones and experiments a report uses: `release=n`, or what `env` has published. */
export async function reportBundle(db: Db, projectId: string, query: ReportQuery): Promise<ReportBundle> {
  if (query.release !== undefined) {
    const bundle = await getRelease(db, projectId, query.release);
    if (!bundle) throw new ApiError(404, 'unknown_release', `there is no release ${query.release}`, { path: 'release' });
    return { release: { version: query.release, env: null }, bundle };
  }
  const published = await getPublished(db, projectId, query.env);
  if (!published) throw new ApiError(404, 'not_published', `nothing is published to ${query.env} yet`);
  return { release: { version: published.version, env: query.env }, bundle: published.bundle };
}
