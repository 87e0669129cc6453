import type { Bundle } from '../schema/bundle.ts';
import { validateBundle, type ParseResult } from '../schema/parse.ts';
import { EXPERIMENTS_FILE, FLOWS_DIR, MANIFEST_FILE, MILESTONES_FILE, type FlowFiles } from './FlowFiles.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `flows[2].steps[0].anchor: …` → `flows/tour.json: steps[0].anchor: …`, so a problem names the file to open. */
function locate(error: string, flowFiles: string[]): string {
  const flow = /^flows\[(\d+)\](?:\.(.*)|: (.*))$/s.exec(error);
  if (flow && flowFiles[Number(flow[1])]) return `${flowFiles[Number(flow[1])]}: ${flow[2] ?? `(root): ${flow[3]}`}`;
  const list = /^(milestones|experiments)(\[.*)$/s.exec(error);
  if (list) return `${list[1] === 'milestones' ? MILESTONES_FILE : EXPERIMENTS_FILE}: ${list[2]}`;
  return `${MANIFEST_FILE}: ${error}`;
}

/**
 * Reads files written by bundleToFiles (and edited by people) back into a bundle, validated exactly
 * as publish validates it. Flows listed in `bundle.json` keep that order; flow files it does not
 * list yet (a flow added in git) follow in file-name order. Problems are `file: path: problem`.
 */
export function filesToBundle(files: FlowFiles): ParseResult<Bundle> {
  const errors: string[] = [];
  const read = (name: string, fallback?: unknown): unknown => {
    const text = files[name];
    if (text === undefined) {
      if (fallback === undefined) errors.push(`${name}: missing`);
      return fallback;
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      errors.push(`${name}: not valid JSON: ${(error as Error).message}`);
      return undefined;
    }
  };
  const manifest = read(MANIFEST_FILE);
  const milestones = read(MILESTONES_FILE, []);
  const experiments = read(EXPERIMENTS_FILE, []);
  const flowsByFile = new Map<string, unknown>();
  for (const name of Object.keys(files).filter((n) => n.startsWith(FLOWS_DIR) && n.endsWith('.json')).sort()) {
    flowsByFile.set(name, read(name));
  }
  if (errors.length) return { ok: false, errors };
  if (!isRecord(manifest)) return { ok: false, errors: [`${MANIFEST_FILE}: (root): expected an object`] };
  const { flows: order = [], ...rest } = manifest;
  if (!Array.isArray(order)) return { ok: false, errors: [`${MANIFEST_FILE}: flows: expected an array of flow ids`] };

  const fileOfId = new Map<string, string>();
  for (const [name, flow] of flowsByFile) {
    const id = isRecord(flow) ? flow.id : undefined;
    if (typeof id !== 'string') continue;
    const other = fileOfId.get(id);
    if (other) errors.push(`${name}: id: ${JSON.stringify(id)} is also the id of the flow in ${other}`);
    else fileOfId.set(id, name);
  }
  const ordered: string[] = [];
  order.forEach((id, index) => {
    const name = typeof id === 'string' ? fileOfId.get(id) : undefined;
    if (!name) errors.push(`${MANIFEST_FILE}: flows[${index}]: no file in ${FLOWS_DIR} holds a flow with id ${JSON.stringify(id)}`);
    else if (!ordered.includes(name)) ordered.push(name);
  });
  for (const name of flowsByFile.keys()) if (!ordered.includes(name)) ordered.push(name);
  if (errors.length) return { ok: false, errors };

  const result = validateBundle({ ...rest, flows: ordered.map((name) => flowsByFile.get(name)), milestones, experiments });
  return result.ok ? result : { ok: false, errors: result.errors.map((error) => locate(error, ordered)) };
}
