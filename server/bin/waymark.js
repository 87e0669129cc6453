#!/usr/bin/env node
// The `waymark` command of @waymark/server: the CLI that the build bundles into dist/. In a checkout
// of the repository that has not been built yet, the TypeScript source runs through tsx instead.
import { existsSync } from 'node:fs';

const built = new URL('../dist/waymark.js', import.meta.url);
let cli;
if (existsSync(built)) {
  cli = await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli/waymark.ts');
}
process.exitCode = await cli.main(process.argv.slice(2));
