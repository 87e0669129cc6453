#!/usr/bin/env node
// The `waymark` command: registers tsx so the TypeScript CLI runs as it is, without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/waymark.ts');
process.exitCode = await main(process.argv.slice(2));
