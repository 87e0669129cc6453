import { readFile } from 'node:fs/promises';
import { validateBundle } from '../shared/schema/parse.ts';
import type { Db } from './db/Db.ts';
import { putDraft } from './store/drafts.ts';
import { countProjects, createProject, findProjectBySecretKey } from './store/projects.ts';
import { environments, publishRelease } from './store/releases.ts';

/**
 * Fixed development keys of the demo project (README: never use them in production). Its identity
 * secret is random and verification is on, as for any project: the demo server signs the demo
 * user's id for the page (server/demoIdentity.ts), as a customer's backend would.
 */
export const demoProject = {
  id: 'demo',
  name: 'Chatly (demo)',
  publicKey: 'wm_pk_demo',
  secretKey: 'wm_sk_demo',
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

/** The demo project is there with its published secret key (not rotated since). */
export async function hasDemoKeys(db: Db): Promise<boolean> {
  return (await findProjectBySecretKey(db, demoProject.secretKey))?.id === demoProject.id;
}
