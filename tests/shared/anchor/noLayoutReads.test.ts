import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(import.meta.dirname, '../../../shared/anchor');
const sources = readdirSync(dir).filter((file) => file.endsWith('.ts')).map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));

describe('shared/anchor', () => {
  it('reads no layout and writes no HTML', () => {
    const offenders = sources.filter(({ text }) => /getBoundingClientRect|getClientRects|offset(?:Width|Height|Top|Left)|client(?:Width|Height)|getComputedStyle|innerText|innerHTML|outerHTML|insertAdjacentHTML/.test(text));
    expect(offenders.map(({ file }) => file)).toEqual([]);
  });
  it('keeps one exported function per module', () => {
    const crowded = sources.filter(({ text }) => (text.match(/^export function /gm) ?? []).length > 1);
    expect(crowded.map(({ file }) => file)).toEqual([]);
  });
});
