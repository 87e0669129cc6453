import type { Queryable } from '../db/Db.ts';

/** What a project's releases define, for keeping a user state to ids that mean something. */
export interface ReleaseIds {
  /** Flow ids of any release (a user may still have progress from an older one). */
  flows: ReadonlySet<string>;
  /** Milestone ids of any release. */
  milestones: ReadonlySet<string>;
  /** Experiments of the releases published now (either environment): their bucketVersion and variant keys. */
  experiments: ReadonlyMap<string, { bucketVersions: ReadonlySet<number>; variants: ReadonlySet<string> }>;
}

interface Row {
  flows: string[];
  milestones: string[];
  experiments: Array<{ key: string; bucketVersion?: number; variants: Array<{ key: string }> }>;
}

const cache = new Map<string, { signature: string; ids: ReleaseIds }>();
const CACHE_SIZE = 500;

/** The project's release ids; cached until a publish or rollback changes them. */
export async function releaseIds(db: Queryable, projectId: string): Promise<ReleaseIds> {
  const { rows: signatures } = await db.query<{ signature: string }>(
    `select p.release_count || ':' || coalesce((select string_agg(e.env || e.release_version, ',' order by e.env) from environments e where e.project_id = p.id), '') as signature
     from projects p where p.id = $1`,
    [projectId],
  );
  const signature = signatures[0]?.signature ?? '';
  const cached = cache.get(projectId);
  if (cached?.signature === signature) return cached.ids;
  const { rows } = await db.query<Row>(
    `select
       (select coalesce(jsonb_agg(distinct f->>'id'), '[]'::jsonb) from releases r, jsonb_array_elements(r.bundle->'flows') f where r.project_id = $1) as flows,
       (select coalesce(jsonb_agg(distinct m->>'id'), '[]'::jsonb) from releases r, jsonb_array_elements(coalesce(r.bundle->'milestones', '[]'::jsonb)) m where r.project_id = $1) as milestones,
       (select coalesce(jsonb_agg(x), '[]'::jsonb) from environments e
          join releases r on r.project_id = e.project_id and r.version = e.release_version,
          jsonb_array_elements(coalesce(r.bundle->'experiments', '[]'::jsonb)) x
        where e.project_id = $1) as experiments`,
    [projectId],
  );
  const row = rows[0]!;
  const experiments = new Map<string, { bucketVersions: Set<number>; variants: Set<string> }>();
  for (const experiment of row.experiments) {
    const entry = experiments.get(experiment.key) ?? { bucketVersions: new Set<number>(), variants: new Set<string>() };
    entry.bucketVersions.add(experiment.bucketVersion ?? 1);
    for (const variant of experiment.variants) entry.variants.add(variant.key);
    experiments.set(experiment.key, entry);
  }
  const ids: ReleaseIds = { flows: new Set(row.flows), milestones: new Set(row.milestones), experiments };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(projectId, { signature, ids });
  return ids;
}
