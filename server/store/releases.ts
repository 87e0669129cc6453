import { createHash } from 'node:crypto';
import type { Bundle } from '../../shared/schema/bundle.ts';
import type { Db, Queryable } from '../db/Db.ts';

import { environments, type Environment } from '../../shared/api/environment.ts';
import type { ReleaseSummary } from '../../shared/api/responses.ts';

export { environments, type Environment };

export interface PublishedRelease {
  version: number;
  etag: string;
  bundle: Bundle;
}


/** A strong ETag from the content: releases with the same bundle share it, so a rollback to identical content is still a 304. */
export function bundleEtag(bundle: Bundle): string {
  return `"${createHash('sha256').update(JSON.stringify(bundle)).digest('base64url').slice(0, 27)}"`;
}

async function pointEnvironment(tx: Queryable, projectId: string, env: Environment, version: number): Promise<void> {
  await tx.query(
    `insert into environments (project_id, env, release_version, updated_at) values ($1, $2, $3, $4)
     on conflict (project_id, env) do update set release_version = excluded.release_version, updated_at = excluded.updated_at`,
    [projectId, env, version, Date.now()],
  );
}

/** Stores the bundle as the project's next immutable release and points the environments at it. */
export function publishRelease(db: Db, projectId: string, bundle: Bundle, envs: readonly Environment[], note?: string): Promise<{ version: number; etag: string }> {
  return db.transaction(async (tx) => {
    // The row lock on the project serialises concurrent publishes, so numbers never collide.
    const { rows } = await tx.query<{ release_count: number }>(
      `update projects set release_count = release_count + 1 where id = $1 returning release_count`,
      [projectId],
    );
    const version = rows[0]!.release_count;
    const etag = bundleEtag(bundle);
    await tx.query(`insert into releases (project_id, version, bundle, etag, note, created_at) values ($1, $2, $3::jsonb, $4, $5, $6)`, [
      projectId,
      version,
      JSON.stringify(bundle),
      etag,
      note ?? null,
      Date.now(),
    ]);
    for (const env of envs) await pointEnvironment(tx, projectId, env, version);
    return { version, etag };
  });
}

/** Points `env` at an existing release; its etag, or undefined when there is no such release. */
export function pointEnvironmentAt(db: Db, projectId: string, env: Environment, version: number): Promise<string | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ etag: string }>(`select etag from releases where project_id = $1 and version = $2`, [projectId, version]);
    if (!rows[0]) return undefined;
    await pointEnvironment(tx, projectId, env, version);
    return rows[0].etag;
  });
}

export async function getPublished(db: Queryable, projectId: string, env: Environment): Promise<PublishedRelease | undefined> {
  const { rows } = await db.query<PublishedRelease>(
    `select r.version, r.etag, r.bundle from environments e
     join releases r on r.project_id = e.project_id and r.version = e.release_version
     where e.project_id = $1 and e.env = $2`,
    [projectId, env],
  );
  return rows[0];
}

/** The published etag alone, so a 304 does not load the bundle. */
export async function getPublishedEtag(db: Queryable, projectId: string, env: Environment): Promise<string | undefined> {
  const { rows } = await db.query<{ etag: string }>(
    `select r.etag from environments e join releases r on r.project_id = e.project_id and r.version = e.release_version
     where e.project_id = $1 and e.env = $2`,
    [projectId, env],
  );
  return rows[0]?.etag;
}

export async function getRelease(db: Queryable, projectId: string, version: number): Promise<Bundle | undefined> {
  const { rows } = await db.query<{ bundle: Bundle }>(`select bundle from releases where project_id = $1 and version = $2`, [projectId, version]);
  return rows[0]?.bundle;
}

export async function listReleases(db: Queryable, projectId: string): Promise<ReleaseSummary[]> {
  const { rows } = await db.query<{ version: number; created_at: number; note: string | null; flow_ids: string[]; environments: Environment[] }>(
    `select r.version, r.created_at, r.note,
       (select coalesce(jsonb_agg(f.value->>'id' order by f.ordinality), '[]'::jsonb)
          from jsonb_array_elements(r.bundle->'flows') with ordinality f) as flow_ids,
       (select coalesce(jsonb_agg(e.env order by e.env desc), '[]'::jsonb)
          from environments e where e.project_id = r.project_id and e.release_version = r.version) as environments
     from releases r where r.project_id = $1 order by r.version desc`,
    [projectId],
  );
  return rows.map((r) => ({ version: r.version, createdAt: r.created_at, note: r.note, flowIds: r.flow_ids, environments: r.environments }));
}
