/**
 * Size budget of the SDK's built files (brotli, quality 11: sizes are deterministic for a given
 * source and esbuild version). The limits are what the SDK reaches today plus a small margin, so a
 * regression fails here; `npm run bench` prints the full table.
 */
import { build } from 'esbuild';
import { brotliCompressSync, constants } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sdkBuilds, UI_CHUNK } from '../../../scripts/sdkBuilds.ts';

const KB = 1024;
const texts: Record<string, string> = {};
const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

beforeAll(async () => {
  await Promise.all(Object.entries(sdkBuilds).map(async ([file, options]) => {
    const result = await build({ ...options, outfile: file, write: false, logLevel: 'silent' });
    texts[file] = result.outputFiles[0]!.text;
  }));
}, 60_000);

describe('SDK size budget (brotli)', () => {
  it('the script a page loads first (API, queue, storage, engine, validation) stays within its budget', () => {
    expect(brotli(texts['waymark.iife.js']!)).toBeLessThanOrEqual(CORE_BUDGET);
    expect(brotli(texts['waymark.esm.js']!)).toBeLessThanOrEqual(CORE_BUDGET);
  });

  it('the renderers chunk stays within its budget', () => {
    expect(brotli(texts[UI_CHUNK]!)).toBeLessThanOrEqual(UI_BUDGET);
  });

  it('core + renderers stay within the full-SDK budget', () => {
    expect(brotli(texts['waymark.iife.js']! + texts[UI_CHUNK]!)).toBeLessThanOrEqual(FULL_BUDGET);
  });

  it('the async snippet stays under 1 KB', () => {
    expect(brotli(texts['waymark.snippet.js']!)).toBeLessThanOrEqual(1 * KB);
  });

  it('the split holds: renderers are loaded at run time, the schema library is not copied into them, Preact and Floating UI not into the core', () => {
    for (const file of ['waymark.iife.js', 'waymark.esm.js']) {
      expect(texts[file]).toContain(`import("./${UI_CHUNK}")`);
      expect(texts[file]).toContain('$ZodType');
      expect(texts[file]).not.toContain('__H'); // Preact hooks' state slot
      expect(texts[file]).not.toContain('adoptedStyleSheets');
    }
    expect(texts[UI_CHUNK]).toContain('__H');
    expect(texts[UI_CHUNK]).toContain('waymark-root');
    expect(texts[UI_CHUNK]).not.toContain('$ZodType');
  });
});

const CORE_BUDGET = 33.5 * KB;
const UI_BUDGET = 18.5 * KB;
const FULL_BUDGET = 51.5 * KB;
