import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FLOWS_DIR, type FlowFiles } from '../../shared/flowfiles/FlowFiles.ts';

/** The JSON files of a folder written by `waymark pull` (top level and flows/). */
export async function readFlowFolder(dir: string): Promise<FlowFiles> {
  const files: FlowFiles = {};
  for (const sub of ['', FLOWS_DIR]) {
    let names: string[];
    try {
      names = await readdir(join(dir, sub));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && sub) continue;
      throw error;
    }
    for (const name of names.filter((n) => n.endsWith('.json'))) files[`${sub}${name}`] = await readFile(join(dir, sub, name), 'utf8');
  }
  return files;
}

/** Writes the files and deletes flow files of flows no longer in the bundle; returns what changed. */
export async function writeFlowFolder(dir: string, files: FlowFiles): Promise<{ written: string[]; removed: string[] }> {
  const existing = await readFlowFolder(dir).catch(() => ({}) as FlowFiles);
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (existing[name] === text) continue;
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
    written.push(name);
  }
  const removed = Object.keys(existing).filter((name) => name.startsWith(FLOWS_DIR) && !(name in files));
  for (const name of removed) await rm(join(dir, name));
  return { written, removed };
}
