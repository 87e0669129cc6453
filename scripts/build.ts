/**
 * Builds the SDK (IIFE for the script tag, ESM + types for bundlers) and the demo app into dist/,
 * then the npm packages' files: sdk/dist (@waymark/sdk) and server/dist (@waymark/server).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { buildSdkPackage } from './buildSdkPackage.ts';
import { buildServerPackage } from './buildServerPackage.ts';
import { commonBuildOptions as common, sdkBuilds } from './sdkBuilds.ts';

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  ...Object.entries(sdkBuilds).map(([file, options]) => build({ ...options, outfile: `dist/sdk/${file}` })),
  build({ ...common, minify: false, sourcemap: true, entryPoints: ['demo/src/main.ts'], format: 'esm', outfile: 'dist/demo/app.js' }),
  build({ ...common, entryPoints: ['demo/waymark-setup.ts'], format: 'iife', outfile: 'dist/demo/waymark-setup.js' }),
  build({ ...common, entryPoints: ['demo/hostile/*Setup.ts'], format: 'iife', outdir: 'dist/demo/hostile' }),
]);
if (!process.argv.includes('--no-types')) {
  execFileSync('npx', ['tsc', '-p', 'sdk/tsconfig.types.json'], { stdio: 'inherit' });
}
buildSdkPackage();
await buildServerPackage();
console.log('built dist/sdk, dist/demo, sdk/dist and server/dist');
