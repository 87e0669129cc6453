/**
 * The SDK's browser builds, shared by scripts/build.ts, the bench and the size test:
 * - `waymark.iife.js`: the script-tag build, one self-contained file (renderers included): it works
 *   from any origin or CDN, inlined or concatenated, with no CORS and no second file (its
 *   validators are evaluated on first use, not with the script);
 * - `waymark.core.js`: the same API without the renderers and the validators (API, queue, storage,
 *   engine, quick bundle check), for the smallest first load; it imports the chunks from next to itself;
 * - `waymark.esm.js`: the split build for bundlers and `<script type="module">`;
 * - `waymark.ui.js`: the renderers (Preact, Floating UI, step components), an ES module the split
 *   builds import on demand (`import('./waymark.ui.js?v=…')`: relative to the script's own URL, so
 *   it is a CORS request when the SDK comes from another origin);
 * - `waymark.validation.js`: the schema library and the full flow schema, an ES module the split
 *   builds import when a bundle needs the full check (at once when the quick look cannot vouch for
 *   it, else in idle time after the first step), a theme is in play, or a user state is read;
 * - `waymark.delivery.js`: event delivery, an ES module the split builds import only with a server,
 *   in idle time after the first step (or for `flush()`);
 * - `waymark.sync.js`: the user state's sync, an ES module the split builds import only with
 *   `server.syncUserState`: as start-up begins for a signed-in user (its pull comes before the
 *   first step), else at the first change to send;
 * - `waymark.anchors.js`: anchor resolution and the anchor observer, an ES module the split builds
 *   import when a bundle points at an element (with the renderers, before the first evaluation);
 * - `waymark.snippet.js`: the async loader pasted inline;
 * - `react.js`, `vue.js`: the framework helpers of the npm package (`@waymark/sdk/react`, `/vue`),
 *   which import the SDK from `./waymark.esm.js` and the framework from the app.
 */
import type { BuildOptions, Plugin } from 'esbuild';
import { resolve } from 'node:path';
import { uiChunkFiles } from '../sdk/ui/uiChunks.ts';
import { version } from '../sdk/version.ts';
import { loadGuard } from './sdkLoadGuard.ts';

export const UI_CHUNK = 'waymark.ui.js';
export const VALIDATION_CHUNK = 'waymark.validation.js';
export const DELIVERY_CHUNK = 'waymark.delivery.js';
export const ANCHORS_CHUNK = 'waymark.anchors.js';
export const SYNC_CHUNK = 'waymark.sync.js';
/** The renderer chunks by kind (tooltips and hotspots, surveys, checklists, the resource center), beside `waymark.ui.js`. */
export const KIND_CHUNKS = {
  [uiChunkFiles.anchored]: { entry: 'sdk/ui/kinds/anchored.ts', loader: 'ui/kinds/loadAnchored.ts', exportName: 'loadAnchored' },
  [uiChunkFiles.survey]: { entry: 'sdk/ui/kinds/survey.ts', loader: 'ui/kinds/loadSurvey.ts', exportName: 'loadSurvey' },
  [uiChunkFiles.checklist]: { entry: 'sdk/ui/kinds/checklist.ts', loader: 'ui/kinds/loadChecklist.ts', exportName: 'loadChecklist' },
  [uiChunkFiles.resourceCenter]: { entry: 'sdk/ui/kinds/resourceCenter.ts', loader: 'ui/kinds/loadResourceCenter.ts', exportName: 'loadResourceCenter' },
};

/** The split builds' on-demand chunks: file name → the source module that loads it, and its export. */
const CHUNKS: Record<string, { loader: string; exportName: string }> = {
  [UI_CHUNK]: { loader: 'ui/loadUi.ts', exportName: 'loadUi' },
  [VALIDATION_CHUNK]: { loader: 'engine/loadValidationChunk.ts', exportName: 'loadValidationChunk' },
  [DELIVERY_CHUNK]: { loader: 'delivery/loadDeliveryPart.ts', exportName: 'loadDeliveryPart' },
  [ANCHORS_CHUNK]: { loader: 'anchor/loadAnchorPart.ts', exportName: 'loadAnchorPart' },
  [SYNC_CHUNK]: { loader: 'sync/loadSyncPart.ts', exportName: 'loadSyncPart' },
  ...KIND_CHUNKS,
};
const loaderName = (loader: string) => loader.slice(loader.lastIndexOf('/') + 1);

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
 * In the split builds a chunk loader (`sdk/ui/loadUi.ts`, `sdk/engine/loadValidation.ts`) becomes
 * a run-time import of the chunk's file, with the SDK's version in the query so a cached chunk of
 * another release is never paired with this core. The ES module resolves it against its own URL.
 * A classic script cannot: from another origin its import() base is about:blank, so the core
 * resolves the chunk against its own `src` while it runs (read once, when the script is evaluated).
 */
const chunkImports = (format: 'iife' | 'esm'): Plugin => ({
  name: 'waymark-chunks',
  setup(build) {
    const loaders = Object.entries(CHUNKS).map(([file, { loader, exportName }]) => ({ file, loader, exportName, specifier: `./${file}?v=${version}` }));
    build.onResolve({ filter: new RegExp(`/(${loaders.map((l) => loaderName(l.loader).replace('.ts', '')).join('|')})\\.ts$`) }, (args) => {
      const chunk = loaders.find((l) => loaderName(l.loader) === loaderName(args.path));
      return chunk ? { path: loaderName(chunk.loader), namespace: 'waymark-chunk' } : undefined;
    });
    build.onResolve({ filter: /^\.\/waymark\.[\w-]+\.js/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /^waymark-chunk-base$/ }, () => ({ path: 'base', namespace: 'waymark-chunk-base' }));
    build.onLoad({ filter: /.*/, namespace: 'waymark-chunk-base' }, () => ({
      loader: 'js',
      contents: `const script = document.currentScript;
export const chunkUrl = (specifier) => new URL(specifier, script && script.src ? script.src : location.href).href;`,
    }));
    build.onLoad({ filter: /.*/, namespace: 'waymark-chunk' }, (args) => {
      const chunk = loaders.find((l) => loaderName(l.loader) === args.path)!;
      return {
        loader: 'js',
        resolveDir: '.',
        contents: format === 'esm'
          ? `export const ${chunk.exportName} = () => import(${JSON.stringify(chunk.specifier)});`
          : `import { chunkUrl } from 'waymark-chunk-base';
const url = chunkUrl(${JSON.stringify(chunk.specifier)});
export const ${chunk.exportName} = () => import(url);`,
      };
    });
  },
});

/**
 * The one-file build evaluates the parts that are chunks only to keep bytes off the first paint
 * (delivery, sync, anchors: functions and classes, no set-up work) with the script: made lazy,
 * each of their modules would carry esbuild's lazy-init wrapper (0.55 KB brotli for delivery alone).
 */
const EAGER_IN_ONE_FILE: Record<string, { module: string; exportName: string }> = {
  'loadDeliveryPart.ts': { module: 'sdk/delivery/deliveryPart.ts', exportName: 'loadDeliveryPart' },
  'loadAnchorPart.ts': { module: 'sdk/anchor/anchorPart.ts', exportName: 'loadAnchorPart' },
  'loadSyncPart.ts': { module: 'sdk/sync/syncPart.ts', exportName: 'loadSyncPart' },
};
const eagerParts: Plugin = {
  name: 'waymark-eager-parts',
  setup(build) {
    build.onResolve({ filter: /\/load(DeliveryPart|AnchorPart|SyncPart)\.ts$/ }, (args) => ({ path: loaderName(args.path), namespace: 'waymark-eager' }));
    build.onLoad({ filter: /.*/, namespace: 'waymark-eager' }, (args) => {
      const { module, exportName } = EAGER_IN_ONE_FILE[args.path]!;
      return {
        loader: 'js',
        resolveDir: resolve('.'),
        contents: `import * as part from ${JSON.stringify(resolve(module))};
export const ${exportName} = () => Promise.resolve(part);`,
      };
    });
  },
};

/**
 * The renderers' base (`waymark.ui.js`) and the kind chunks share one Preact and one copy of the
 * parts every card uses: the base exports these modules' names (prefixed), and a kind chunk's
 * import of any of these modules becomes an import of `waymark.ui.js?v=…` beside it (the same URL
 * the core imports, so the same module instance). A kind importing a name not listed here fails
 * the build (esbuild: no matching export), never the page.
 */
const SHARED_WITH_KINDS: Array<{ module: string; names: string[] }> = [
  { module: 'preact', names: [] },
  { module: 'preact/hooks', names: ['useEffect', 'useLayoutEffect', 'useRef', 'useState'] },
  { module: 'preact/jsx-runtime', names: ['Fragment', 'jsx', 'jsxs'] },
  { module: 'sdk/ui/applyTheme.ts', names: ['applyTheme'] },
  { module: 'sdk/ui/CloseButton.tsx', names: ['CloseButton'] },
  { module: 'sdk/ui/ContentView.tsx', names: ['ContentView'] },
  { module: 'sdk/ui/focus.ts', names: ['deepActiveElement', 'focusInitial', 'focusableIn', 'trapTab'] },
  { module: 'sdk/ui/StepBody.tsx', names: ['StepBody', 'idsFor'] },
  { module: 'sdk/ui/useJumpShortcut.ts', names: ['JUMP_SHORTCUT'] },
];
const sharedPath = (module: string) => (module.startsWith('sdk/') ? resolve(module) : module);
const sharedName = (index: number, name: string) => `s${index}_${name}`;

const uiBase: Plugin = {
  name: 'waymark-ui-base',
  setup(build) {
    build.onResolve({ filter: /^waymark-ui-base$/ }, () => ({ path: 'base', namespace: 'waymark-ui-base' }));
    build.onLoad({ filter: /.*/, namespace: 'waymark-ui-base' }, () => {
      const lines = SHARED_WITH_KINDS.filter(({ names }) => names.length > 0).map(({ module, names }) =>
        `export { ${names.map((name) => `${name} as ${sharedName(SHARED_WITH_KINDS.findIndex((m) => m.module === module), name)}`).join(', ')} } from ${JSON.stringify(sharedPath(module))};`);
      return { loader: 'js', resolveDir: resolve('.'), contents: [`export { mountRoot } from ${JSON.stringify(resolve('sdk/ui/uiModule.ts'))};`, ...lines].join('\n') };
    });
  },
};

const kindChunk: Plugin = {
  name: 'waymark-kind-chunk',
  setup(build) {
    const specifier = `./${UI_CHUNK}?v=${version}`;
    const shared = SHARED_WITH_KINDS.map(({ module }) => sharedPath(module));
    build.onResolve({ filter: /^\.\/waymark\.ui\.js/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.namespace === 'waymark-shared') return undefined;
      const target = args.path.startsWith('.') ? resolve(args.resolveDir, args.path) : args.path;
      const index = shared.indexOf(target);
      return index < 0 ? undefined : { path: String(index), namespace: 'waymark-shared' };
    });
    build.onLoad({ filter: /.*/, namespace: 'waymark-shared' }, (args) => {
      const index = Number(args.path);
      const { names } = SHARED_WITH_KINDS[index]!;
      return { loader: 'js', resolveDir: resolve('.'), contents: names.length === 0 ? '' : `export { ${names.map((name) => `${sharedName(index, name)} as ${name}`).join(', ')} } from ${JSON.stringify(specifier)};` };
    });
  },
};

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
  'waymark.iife.js': { ...common, ...loadGuard(version), entryPoints: ['sdk/iife.ts'], format: 'iife', plugins: [eagerParts] },
  'waymark.core.js': { ...common, ...loadGuard(version), entryPoints: ['sdk/iife.ts'], format: 'iife', plugins: [chunkImports('iife')] },
  'waymark.esm.js': { ...common, entryPoints: ['sdk/index.ts'], format: 'esm', plugins: [chunkImports('esm')] },
  [UI_CHUNK]: { ...common, entryPoints: ['waymark-ui-base'], format: 'esm', plugins: [uiBase] },
  ...Object.fromEntries(Object.entries(KIND_CHUNKS).map(([file, { entry }]) => [file, { ...common, entryPoints: [entry], format: 'esm', plugins: [kindChunk] } satisfies BuildOptions])),
  [VALIDATION_CHUNK]: { ...common, entryPoints: ['sdk/engine/validationChunk.ts'], format: 'esm' },
  [DELIVERY_CHUNK]: { ...common, entryPoints: ['sdk/delivery/deliveryPart.ts'], format: 'esm' },
  // The sync reads user states with the validators: their import resolves beside this chunk, as the core's does.
  [SYNC_CHUNK]: { ...common, entryPoints: ['sdk/sync/syncPart.ts'], format: 'esm', plugins: [chunkImports('esm')] },
  [ANCHORS_CHUNK]: { ...common, entryPoints: ['sdk/anchor/anchorPart.ts'], format: 'esm' },
  'waymark.snippet.js': { ...common, entryPoints: ['sdk/snippet.ts'], format: 'esm' },
  // Next.js's App Router may import the provider from a server component: it must be a client module.
  'react.js': helper('sdk/react/index.ts', 'react', '"use client";'),
  'vue.js': helper('sdk/vue/index.ts', 'vue'),
};

export { common as commonBuildOptions };
