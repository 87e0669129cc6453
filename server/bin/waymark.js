#!/usr/bin/env node
// The `waymark` command. Installed from npm (@waymark/server) it runs the CLI the build bundled
// into dist/. In a checkout of the repository, where the TypeScript source sits beside it, it runs
// that source through tsx, as the repository's own bin/waymark.js does (with the Chatly demo).
import { existsSync } from 'node:fs';

const source = new URL('../cli/waymark.ts', import.meta.url);
let cli;
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import(source.href);
} else {
  cli = await import('../dist/waymark.js');
}
process.exitCode = await cli.main(process.argv.slice(2));
