/**
 * The comparison libraries (devDependencies, benchmarks only; none of their code is used by Waymark):
 * each one's browser build, minified, plus its stylesheet, and how it shows one tooltip step.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { ANCHORS_CHUNK, DELIVERY_CHUNK, KIND_CHUNKS, SYNC_CHUNK, UI_CHUNK, VALIDATION_CHUNK } from '../../scripts/sdkBuilds.ts';

export interface Library {
  name: string;
  js: string;
  css: string;
  /** Further files the library loads itself (path next to its script → body), e.g. Waymark's renderers chunk. */
  assets?: Record<string, string>;
  /** Script run after the library has loaded: shows one tooltip step on `#target`. */
  showStep?: string;
  /** Selector of the step once it is on screen (searched in the document and in open shadow roots). */
  stepSelector?: string;
  note?: string;
}

const read = (path: string) => readFileSync(path, 'utf8');
const minifyCss = async (css: string) => (await build({ stdin: { contents: css, loader: 'css' }, write: false, minify: true, logLevel: 'silent' })).outputFiles[0]!.text;

async function bundleIife(entry: string, globalName: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', globalName, write: false, legalComments: 'none', logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

export async function peers(): Promise<Library[]> {
  return [
    {
      name: 'driver.js',
      js: read('node_modules/driver.js/dist/driver.js.iife.js'),
      css: await minifyCss(read('node_modules/driver.js/dist/driver.css')),
      showStep: `window.driver.js.driver().highlight({ element: '#target', popover: { title: 'Hello', description: 'One step' } });`,
      stepSelector: '.driver-popover',
    },
    {
      name: 'shepherd.js',
      js: await bundleIife('node_modules/shepherd.js/dist/js/shepherd.mjs', 'ShepherdLib'),
      css: await minifyCss(read('node_modules/shepherd.js/dist/css/shepherd.css')),
      showStep: `const Shepherd = window.ShepherdLib.default; const tour = new Shepherd.Tour({});
        tour.addStep({ id: 's', title: 'Hello', text: 'One step', attachTo: { element: '#target', on: 'bottom' }, buttons: [{ text: 'Done', action: () => tour.complete() }] });
        tour.start();`,
      stepSelector: '.shepherd-element',
    },
    {
      name: 'intro.js',
      js: read('node_modules/intro.js/minified/intro.min.js'),
      css: read('node_modules/intro.js/minified/introjs.min.css'),
      showStep: `window.introJs.tour().setOptions({ steps: [{ element: document.querySelector('#target'), title: 'Hello', intro: 'One step' }] }).start();`,
      stepSelector: '.introjs-tooltip',
    },
    {
      name: '@flows/js',
      js: read('node_modules/@flows/js/dist/index.global.js'),
      css: '',
      note: 'renders only workflows fetched from the Flows cloud (with @flows/js-components): size only',
    },
  ];
}

/**
 * Waymark's own one-step tooltip, through the public API, as a customer would write it: from the
 * one-file script-tag build, or (`split`) from the core that loads its renderers beside it.
 */
export function waymark(split = false, repeatVisit = false, dir = 'dist/sdk'): Library {
  const flow = {
    schemaVersion: 1, id: 'one', version: 1, name: 'One', kind: 'tour', trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, frequency: { type: 'every_session' },
    steps: [{ id: 's', type: 'tooltip', title: 'Hello', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'One step' }] }], anchor: { selectors: [{ kind: 'id', value: '#target' }] } }],
  };
  return {
    name: repeatVisit ? 'Waymark (repeat visit)' : split ? 'Waymark core + renderers' : 'Waymark',
    js: read(`${dir}/${split ? 'waymark.core.js' : 'waymark.iife.js'}`),
    css: '',
    // Every chunk is there to be fetched; the core asks for those its flows need.
    ...(split ? { assets: Object.fromEntries([UI_CHUNK, ...Object.keys(KIND_CHUNKS), ANCHORS_CHUNK, DELIVERY_CHUNK, SYNC_CHUNK, VALIDATION_CHUNK].filter((file) => existsSync(`${dir}/${file}`)).map((file) => [`/${file}`, read(`${dir}/${file}`)])) } : {}),
    // A first visit opens a new database; a repeat visit finds the one the previous run left (and its session ended).
    showStep: `sessionStorage.clear(); window.Waymark.init({ dbName: ${repeatVisit ? "'bench-repeat'" : "'bench-' + Math.random()"}, flows: [${JSON.stringify(flow)}] });`,
    stepSelector: '[data-wm-kind="tooltip"]',
  };
}
