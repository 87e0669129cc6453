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
  it('the split builds\' core (API, queue, storage, engine, validation), loaded first, stays within its budget', () => {
    expect(brotli(texts['waymark.core.js']!)).toBeLessThanOrEqual(CORE_BUDGET);
    expect(brotli(texts['waymark.esm.js']!)).toBeLessThanOrEqual(CORE_BUDGET);
  });

  it('the renderers chunk stays within its budget', () => {
    expect(brotli(texts[UI_CHUNK]!)).toBeLessThanOrEqual(UI_BUDGET);
  });

  it('the self-contained script-tag build and core + renderers stay within the full-SDK budget', () => {
    expect(brotli(texts['waymark.iife.js']!)).toBeLessThanOrEqual(FULL_BUDGET);
    expect(brotli(texts['waymark.core.js']! + texts[UI_CHUNK]!)).toBeLessThanOrEqual(FULL_BUDGET);
  });

  it('the async snippet stays under 1 KB', () => {
    expect(brotli(texts['waymark.snippet.js']!)).toBeLessThanOrEqual(1 * KB);
  });

  it('the split holds: renderers are loaded at run time (versioned), the schema library is not copied into them, Preact and Floating UI not into the core', () => {
    const chunk = `"\\./${UI_CHUNK.replaceAll('.', '\\.')}\\?v=\\d+\\.\\d+\\.\\d+"`;
    expect(texts['waymark.esm.js']).toMatch(new RegExp(`import\\(${chunk}\\)`));
    // The classic script resolves the chunk against its own src (its import() base is about:blank cross-origin).
    expect(texts['waymark.core.js']).toMatch(new RegExp(`new URL\\(${chunk},\\w+&&\\w+\\.src\\?\\w+\\.src:location\\.href\\)`));
    for (const file of ['waymark.core.js', 'waymark.esm.js']) {
      expect(texts[file]).toContain('$ZodType');
      expect(texts[file]).not.toContain('__H'); // Preact hooks' state slot
      expect(texts[file]).not.toContain('adoptedStyleSheets');
    }
    expect(texts[UI_CHUNK]).toContain('__H');
    expect(texts[UI_CHUNK]).toContain('waymark-root');
    expect(texts[UI_CHUNK]).not.toContain('$ZodType');
  });

  it('the React helper adds at most 1 KB to an app, the Vue helper less: both import the SDK and the framework rather than copy them', () => {
    expect(brotli(texts['react.js']!)).toBeLessThanOrEqual(1 * KB);
    expect(brotli(texts['vue.js']!)).toBeLessThanOrEqual(0.5 * KB);
    for (const [file, framework] of [['react.js', 'react'], ['vue.js', 'vue']] as const) {
      expect(texts[file]).toContain(`from"./waymark.esm.js"`);
      expect(texts[file]).toContain(`from"${framework}"`);
      expect(texts[file]).not.toContain('$ZodType');
    }
    expect(texts['react.js']).toMatch(/^"use client";/);
  });

  it('the script-tag build is one file: it imports nothing at run time', () => {
    expect(texts['waymark.iife.js']).not.toMatch(/\bimport\(/);
    expect(texts['waymark.iife.js']).toContain('__H');
    expect(texts['waymark.iife.js']).toContain('waymark-root');
  });
});

// This round's safety work (linear-time regex engine, own-key lookups, poison-batch bisection, user
// hashes), anchor intent and shadow-root observation grew the core; phone layouts (flip/shift/size,
// bottom sheets, touch targets) the renderers. The resource center (issue #19) is drawn by the
// renderers: 5.1 KB there (launcher, dialog, sections, search, articles, its styles); the core keeps
// its schema and a small controller. The core rebuild of issue #16 added 4 KB to the core (typed
// stores and their upgrade, coalesced writes, the pure engine's effects and its runtime, the quick
// bundle check, the frequency mirror, the zod-free event names): docs/performance.md has what each part buys.
// Host pages set up their own way cost 0.3 KB in the core (the load guard and its inert Waymark)
// and 0.75 KB in the renderers (modal dialogs and the top layer, zoom, box-less wrappers, safe areas).
// Following an anchor that is hidden and shown again (followAnchor, isRendered) costs 0.2 KB there.
const CORE_BUDGET = 42.8 * KB;
const UI_BUDGET = 25.5 * KB;
const FULL_BUDGET = 68 * KB;
