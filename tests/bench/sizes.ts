/** Raw, gzip and brotli size of JS+CSS for our builds and each peer; what dominates our IIFE (esbuild metafile). */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ANCHORS_CHUNK, DELIVERY_CHUNK, KIND_CHUNKS, sdkBuilds, SYNC_CHUNK, UI_CHUNK, VALIDATION_CHUNK } from '../../scripts/sdkBuilds.ts';
import { uiChunkFiles } from '../../sdk/ui/uiChunks.ts';
import type { Library } from './peers.ts';
import { kb, printTable, ratio } from './printTable.ts';

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizeOf(text: string): Size {
  const bytes = Buffer.from(text);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The SDK's files as built in dist/sdk: the one-file script-tag build, the split builds' core,
 * renderers (the base, with bars and modals, and a chunk per other kind) and validators, what the
 * split build loads before its first step is painted (core + base renderers + the first flow's
 * kind chunk: the validators come in idle time after), and the sum.
 */
export function waymarkFiles(dir = 'dist/sdk'): Array<[string, string]> {
  const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');
  const core = read('waymark.core.js');
  const ui = read(UI_CHUNK);
  const validation = read(VALIDATION_CHUNK);
  const kinds = Object.keys(KIND_CHUNKS).filter((file) => existsSync(`${dir}/${file}`)).map((file) => [file, read(file)] as const);
  // Delivery (after the first paint), the sync (with its pull) and anchors (with a flow that points at an element), where the build has them.
  const parts = [DELIVERY_CHUNK, SYNC_CHUNK, ANCHORS_CHUNK].filter((file) => existsSync(`${dir}/${file}`)).map((file) => [file, read(file)] as const);
  const anchors = parts.find(([name]) => name === ANCHORS_CHUNK);
  const kind = (file: string) => [...kinds, ...parts].find(([name]) => name === file)?.[1] ?? '';
  const firstFlow: Array<[string, string[]]> = [
    ['bar or modal', []], ['tour', [uiChunkFiles.anchored, ...(anchors ? [ANCHORS_CHUNK] : [])]], ['checklist', [uiChunkFiles.checklist]], ['survey', [uiChunkFiles.survey]], ['resource center', [uiChunkFiles.resourceCenter]],
  ];
  return [
    ['Waymark full SDK (waymark.iife.js, one file)', read('waymark.iife.js')],
    ['Waymark split: core (waymark.core.js, loaded first)', core],
    [`Waymark split: renderers' base (${UI_CHUNK}: Preact, bars, modals, the stylesheet's base)`, ui],
    ...kinds.map(([file, text]): [string, string] => [`Waymark split: renderers (${file}, when a flow of its kind may start)`, text]),
    [`Waymark split: validators (${VALIDATION_CHUNK}, in idle time)`, validation],
    ...parts.map(([file, text]): [string, string] => [`Waymark split: ${file === DELIVERY_CHUNK ? 'event delivery' : file === SYNC_CHUNK ? 'user state sync' : 'anchors'} (${file})`, text]),
    ...firstFlow.map(([name, files]): [string, string] => [`Waymark split: before the first paint, first flow a ${name} (core + ${[UI_CHUNK, ...files].join(' + ')})`, core + ui + files.map(kind).join('')]),
    ['Waymark split: all (core + renderers + validators + delivery + sync + anchors)', core + ui + kinds.map(([, text]) => text).join('') + validation + parts.map(([, text]) => text).join('')],
    ['Waymark ESM entry (waymark.esm.js, + renderers)', read('waymark.esm.js')],
    ['Waymark async snippet', read('waymark.snippet.js')],
    ['@waymark/sdk/react helper (react.js, on top of the ESM entry)', read('react.js')],
    ['@waymark/sdk/vue helper (vue.js, on top of the ESM entry)', read('vue.js')],
  ];
}

export function printSizes(peers: Library[]): void {
  const ours = waymarkFiles();
  const builds: Array<[string, string]> = [...ours, ...peers.map((p): [string, string] => [`${p.name} (JS+CSS)`, p.js + p.css])];
  const full = sizeOf(ours[0]![1]);
  printTable('Size (minified; Waymark CSS is inside its JS)', ['build', 'raw', 'gzip', 'brotli', 'brotli vs Waymark full'], builds.map(([name, text]) => {
    const s = sizeOf(text);
    return [name, kb(s.raw), kb(s.gzip), kb(s.brotli), ratio(s.brotli, full.brotli)];
  }));
  const brotliOf = (prefix: string) => kb(sizeOf(ours.find(([name]) => name.startsWith(prefix))![1]).brotli);
  console.log(`budget: full SDK ≤ 22 KB brotli → ${kb(full.brotli)}; before the first paint ≤ 15 KB → bar ${brotliOf('Waymark split: before the first paint, first flow a bar')}, tour ${brotliOf('Waymark split: before the first paint, first flow a tour')} (core ${brotliOf('Waymark split: core')}); snippet ≤ 1 KB → ${brotliOf('Waymark async snippet')}`);
}

/** Minified bytes per package/folder in each SDK file, largest first. */
export async function printComposition(): Promise<void> {
  for (const file of ['waymark.core.js', UI_CHUNK, ...Object.keys(KIND_CHUNKS), VALIDATION_CHUNK, DELIVERY_CHUNK, SYNC_CHUNK, ANCHORS_CHUNK]) {
    const result = await build({ ...sdkBuilds[file], outfile: file, write: false, metafile: true, logLevel: 'silent' });
    const output = Object.values(result.metafile.outputs)[0]!;
    const groups = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const path = input.replace(/^(\.\.\/)+[^/]+\/node_modules\//, 'node_modules/');
      const key = path.startsWith('node_modules/') ? path.split('/').slice(1, path.split('/')[1]!.startsWith('@') ? 3 : 2).join('/') : path.split('/').slice(0, 2).join('/');
      groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
    }
    const rows = [...groups].sort((a, b) => b[1] - a[1]);
    printTable(`What ${file} is made of (minified bytes before compression)`, ['module group', 'bytes', 'share'], rows.map(([k, v]) => [k, String(v), `${((v / output.bytes) * 100).toFixed(1)}%`]));
  }
}
