/**
 * The SDK's browser builds, shared by scripts/build.ts, the bench and the size test:
 * - `waymark.iife.js`: the script-tag build (API, queue, storage, engine, schema validation);
 * - `waymark.esm.js`: the same for bundlers and `<script type="module">`;
 * - `waymark.ui.js`: the renderers (Preact, Floating UI, step components), an ES module both of
 *   the above import on demand from next to themselves (`import('./waymark.ui.js')`: relative to
 *   the script's own URL, also from a classic script);
 * - `waymark.snippet.js`: the async loader pasted inline.
 */
import type { BuildOptions, Plugin } from 'esbuild';

export const UI_CHUNK = 'waymark.ui.js';

const common: BuildOptions = {
  bundle: true,
  minify: true,
  target: 'es2020',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
};

/** The dynamic import of the renderers stays a run-time import of the UI chunk file. */
const uiChunkImport: Plugin = {
  name: 'waymark-ui-chunk',
  setup(build) {
    build.onResolve({ filter: /\/uiModule\.ts$/ }, (args) => (args.kind === 'dynamic-import' ? { path: `./${UI_CHUNK}`, external: true } : undefined));
  },
};

/** Build options per output file name (in dist/sdk). */
export const sdkBuilds: Record<string, BuildOptions> = {
  'waymark.iife.js': { ...common, entryPoints: ['sdk/iife.ts'], format: 'iife', plugins: [uiChunkImport] },
  'waymark.esm.js': { ...common, entryPoints: ['sdk/index.ts'], format: 'esm', plugins: [uiChunkImport] },
  [UI_CHUNK]: { ...common, entryPoints: ['sdk/ui/uiModule.ts'], format: 'esm' },
  'waymark.snippet.js': { ...common, entryPoints: ['sdk/snippet.ts'], format: 'esm' },
};

export { common as commonBuildOptions };
