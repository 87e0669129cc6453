import type { Bundle } from '../../shared/schema/bundle.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Db, Queryable } from '../db/Db.ts';
import { emptyBundle } from './emptyBundle.ts';

/** The project's draft, or undefined when nothing was ever saved. */
export async function getDraft(db: Queryable, projectId: string): Promise<Bundle | undefined> {
  const { rows } = await db.query<{ bundle: Bundle }>(`select bundle from drafts where project_id = $1`, [projectId]);
  return rows[0]?.bundle;
}

export async function putDraft(db: Queryable, projectId: string, bundle: Bundle): Promise<void> {
  await db.query(
    `insert into drafts (project_id, bundle, updated_at) values ($1, $2::jsonb, $3)
     on conflict (project_id) do update set bundle = excluded.bundle, updated_at = excluded.updated_at`,
    [projectId, JSON.stringify(bundle), Date.now()],
  );
}

/** Reads the draft under a row lock, changes it, writes it back: concurrent flow edits do not lose each other. */
async function updateDraft<T>(db: Db, projectId: string, change: (draft: Bundle) => { draft: Bundle; result: T }): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query(`insert into drafts (project_id, bundle, updated_at) values ($1, $2::jsonb, $3) on conflict (project_id) do nothing`, [
      projectId,
      JSON.stringify(emptyBundle()),
      Date.now(),
    ]);
    const { rows } = await tx.query<{ bundle: Bundle }>(`select bundle from drafts where project_id = $1 for update`, [projectId]);
    const { draft, result } = change(rows[0]!.bundle);
    await putDraft(tx, projectId, draft);
    return result;
  });
}

/** Adds the flow to the draft or replaces the one with its id. */
export function putDraftFlow(db: Db, projectId: string, flow: Flow): Promise<Bundle> {
  return updateDraft(db, projectId, (draft) => {
    const index = draft.flows.findIndex((f) => f.id === flow.id);
    const flows = index < 0 ? [...draft.flows, flow] : draft.flows.map((f, i) => (i === index ? flow : f));
    const next = { ...draft, flows };
    return { draft: next, result: next };
  });
}

/** Removes a flow from the draft; false when the draft has no flow with that id (then nothing is written, not even an empty draft). */
export function deleteDraftFlow(db: Db, projectId: string, flowId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ bundle: Bundle }>(`select bundle from drafts where project_id = $1 for update`, [projectId]);
    const draft = rows[0]?.bundle;
    if (!draft?.flows.some((f) => f.id === flowId)) return false;
    await putDraft(tx, projectId, { ...draft, flows: draft.flows.filter((f) => f.id !== flowId) });
    return true;
  });
}
