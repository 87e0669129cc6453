import { readFile } from 'node:fs/promises';
import { validateBundle } from '../shared/schema/parse.ts';
import type { Db } from './db/Db.ts';
import { putDraft } from './store/drafts.ts';
import { countProjects, createProject, findProject } from './store/projects.ts';
import { environments, publishRelease } from './store/releases.ts';

/** Fixed development keys of the demo project (README: never use them in production). */
export const demoProject = {
  id: 'demo',
  name: 'Chatly (demo)',
  publicKey: 'wm_pk_demo',
  secretKey: 'wm_sk_demo',
  identitySecret: 'wm_is_demo',
} as const;

/**
 * On an empty database: creates the demo project and publishes the Chatly bundle to both
 * environments. Returns true when it seeded, false when projects already existed.
 */
export async function seedDemoProject(db: Db, bundlePath = 'demo/flows/chatly.bundle.json'): Promise<boolean> {
  if ((await countProjects(db)) > 0) return false;
  const bundle = validateBundle(JSON.parse(await readFile(bundlePath, 'utf8')));
  if (!bundle.ok) throw new Error(`${bundlePath} is not a valid bundle:\n${bundle.errors.join('\n')}`);
  await createProject(db, demoProject);
  await putDraft(db, demoProject.id, bundle.value);
  await publishRelease(db, demoProject.id, bundle.value, environments, 'demo seed');
  return true;
}

export async function hasDemoProject(db: Db): Promise<boolean> {
  return (await findProject(db, demoProject.id))?.publicKey === demoProject.publicKey;
}
