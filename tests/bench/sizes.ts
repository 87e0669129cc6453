/** Raw, gzip and brotli size of JS+CSS for our builds and each peer; what dominates our IIFE (esbuild metafile). */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

export function printSizes(ours: Library, peers: Library[]): void {
  const builds: Array<[string, string]> = [
    ['Waymark full IIFE (JS+CSS)', ours.js],
    ['Waymark ESM entry', readFileSync('dist/sdk/waymark.esm.js', 'utf8')],
    ['Waymark async snippet', readFileSync('dist/sdk/waymark.snippet.js', 'utf8')],
    ...peers.map((p): [string, string] => [`${p.name} (JS+CSS)`, p.js + p.css]),
  ];
  const base = sizeOf(ours.js);
  printTable('Size (minified; Waymark CSS is inside its JS)', ['build', 'raw', 'gzip', 'brotli', 'brotli vs Waymark'], builds.map(([name, text]) => {
    const s = sizeOf(text);
    return [name, kb(s.raw), kb(s.gzip), kb(s.brotli), ratio(s.brotli, base.brotli)];
  }));
  console.log(`budget: full SDK ≤ 22 KB brotli → ${kb(base.brotli)}; snippet ≤ 1 KB → ${kb(sizeOf(builds[2]![1]).brotli)}`);
}

/** Minified bytes per package/folder in the IIFE, largest first. */
export async function printComposition(): Promise<void> {
  const result = await build({
    entryPoints: ['sdk/iife.ts'], bundle: true, minify: true, format: 'iife', target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact',
    write: false, metafile: true, legalComments: 'none', logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = file.startsWith('node_modules/') ? file.split('/').slice(1, file.split('/')[1]!.startsWith('@') ? 3 : 2).join('/') : file.split('/').slice(0, 2).join('/');
    groups.set(key, (groups.get(key) ?? 0) + bytesInOutput);
  }
  const rows = [...groups].sort((a, b) => b[1] - a[1]);
  printTable('What the IIFE is made of (minified bytes before compression)', ['module group', 'bytes', 'share'], rows.map(([k, v]) => [k, String(v), `${((v / output.bytes) * 100).toFixed(1)}%`]));
}
