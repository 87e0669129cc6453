/** Writes the JSON Schemas of the flow document, bundle and user state (`npm run schema`); `--check` fails when they are stale. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderJsonSchemas } from '../shared/schema/jsonSchema.ts';

const outDir = fileURLToPath(new URL('../shared/schema/json/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;
for (const [file, text] of Object.entries(renderJsonSchemas())) {
  const path = outDir + file;
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    console.error(`${path} is stale: run npm run schema`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
