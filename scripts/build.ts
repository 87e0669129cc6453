/** Builds the SDK (IIFE for the script tag, ESM + types for bundlers) and the demo app into dist/. */
import { build, type BuildOptions } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const common: BuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: ['sdk/iife.ts'], format: 'iife', outfile: 'dist/sdk/waymark.iife.js' }),
  build({ ...common, entryPoints: ['sdk/index.ts'], format: 'esm', outfile: 'dist/sdk/waymark.esm.js' }),
  build({ ...common, entryPoints: ['sdk/snippet.ts'], format: 'esm', outfile: 'dist/sdk/waymark.snippet.js' }),
  build({ ...common, minify: false, sourcemap: true, entryPoints: ['demo/src/main.ts'], format: 'esm', outfile: 'dist/demo/app.js' }),
  build({ ...common, entryPoints: ['demo/waymark-setup.ts'], format: 'iife', outfile: 'dist/demo/waymark-setup.js' }),
  build({ ...common, entryPoints: ['demo/hostile/*Setup.ts'], format: 'iife', outdir: 'dist/demo/hostile' }),
]);
if (!process.argv.includes('--no-types')) {
  execFileSync('npx', ['tsc', '-p', 'sdk/tsconfig.types.json'], { stdio: 'inherit' });
}
console.log('built dist/sdk and dist/demo');
