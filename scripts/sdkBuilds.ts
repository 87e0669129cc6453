/**
 * The SDK's browser builds, shared by scripts/build.ts, the bench and the size test:
 * - `waymark.iife.js`: the script-tag build, one self-contained file (renderers included): it works
 *   from any origin or CDN, inlined or concatenated, with no CORS and no second file;
 * - `waymark.core.js`: the same API without the renderers (API, queue, storage, engine, schema
 *   validation), for the smallest first load; it imports `waymark.ui.js` from next to itself;
 * - `waymark.esm.js`: the split build for bundlers and `<script type="module">`;
 * - `waymark.ui.js`: the renderers (Preact, Floating UI, step components), an ES module the split
 *   builds import on demand (`import('./waymark.ui.js?v=…')`: relative to the script's own URL, so
 *   it is a CORS request when the SDK comes from another origin);
 * - `waymark.snippet.js`: the async loader pasted inline;
 * - `react.js`, `vue.js`: the framework helpers of the npm package (`@waymark/sdk/react`, `/vue`),
 *   which import the SDK from `./waymark.esm.js` and the framework from the app.
 */
import type { BuildOptions, Plugin } from 'esbuild';
import { version } from '../sdk/version.ts';
import { loadGuard } from './sdkLoadGuard.ts';

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

/**
 * In the split builds `sdk/ui/loadUi.ts` becomes a run-time import of the UI chunk file, with the
 * SDK's version in the query so a cached chunk of another release is never paired with this core.
 * The ES module resolves it against its own URL. A classic script cannot: from another origin its
 * import() base is about:blank, so the core resolves the chunk against its own `src` while it runs.
 */
const uiChunkImport = (format: 'iife' | 'esm'): Plugin => ({
  name: 'waymark-ui-chunk',
  setup(build) {
    const chunk = `./${UI_CHUNK}?v=${version}`;
    build.onResolve({ filter: /\/loadUi\.ts$/ }, () => ({ path: 'loadUi', namespace: 'waymark-ui-chunk' }));
    build.onResolve({ filter: /^\.\/waymark\.ui\.js/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'waymark-ui-chunk' }, () => ({
      loader: 'js',
      contents: format === 'esm'
        ? `export const loadUi = () => import(${JSON.stringify(chunk)});`
        : `const script = document.currentScript;
const url = new URL(${JSON.stringify(chunk)}, script && script.src ? script.src : location.href).href;
export const loadUi = () => import(url);`,
    }));
  },
});

/** The helpers share the app's one SDK module and framework instead of carrying copies. */
const helperImports: Plugin = {
  name: 'waymark-helper-imports',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.ts$/ }, () => ({ path: './waymark.esm.js', external: true }));
  },
};
const helper = (entry: string, framework: string, banner?: string): BuildOptions => ({
  ...common, entryPoints: [entry], format: 'esm', external: [framework], plugins: [helperImports], ...(banner ? { banner: { js: banner } } : {}),
});

/** Build options per output file name (in dist/sdk). */
export const sdkBuilds: Record<string, BuildOptions> = {
  'waymark.iife.js': { ...common, ...loadGuard(version), entryPoints: ['sdk/iife.ts'], format: 'iife' },
  'waymark.core.js': { ...common, ...loadGuard(version), entryPoints: ['sdk/iife.ts'], format: 'iife', plugins: [uiChunkImport('iife')] },
  'waymark.esm.js': { ...common, entryPoints: ['sdk/index.ts'], format: 'esm', plugins: [uiChunkImport('esm')] },
  [UI_CHUNK]: { ...common, entryPoints: ['sdk/ui/uiModule.ts'], format: 'esm' },
  'waymark.snippet.js': { ...common, entryPoints: ['sdk/snippet.ts'], format: 'esm' },
  // Next.js's App Router may import the provider from a server component: it must be a client module.
  'react.js': helper('sdk/react/index.ts', 'react', '"use client";'),
  'vue.js': helper('sdk/vue/index.ts', 'vue'),
};

export { common as commonBuildOptions };
