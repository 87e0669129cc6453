/** The panel's colour tokens: every text colour on every surface it is used on reads at ≥ 4.5:1, light and dark. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('extension/lib/ui/tokens.css', 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Map<string, string> {
  return new Map([...block.matchAll(/--(wm-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = tokens(css.slice(0, darkStart));
const dark = new Map([...light, ...tokens(css.slice(darkStart))]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const SURFACES = ['wm-bg', 'wm-surface', 'wm-surface-subtle', 'wm-surface-hover'];
const PAIRS: Array<[string, string[]]> = [
  ['wm-text', SURFACES],
  ['wm-text-muted', SURFACES],
  ['wm-accent-text', ['wm-bg', 'wm-surface', 'wm-surface-subtle', 'wm-accent-soft']],
  ['wm-on-accent', ['wm-accent', 'wm-accent-hover']],
  ['wm-on-danger', ['wm-danger']],
  ['wm-success-text', ['wm-surface', 'wm-success-soft']],
  ['wm-warning-text', ['wm-surface', 'wm-warning-soft']],
  ['wm-danger-text', ['wm-surface', 'wm-danger-soft']],
];

describe.each([['light', light], ['dark', dark]] as const)('%s theme', (_name, scheme) => {
  it.each(PAIRS.flatMap(([text, backgrounds]) => backgrounds.map((bg) => [text, bg] as const)))('%s on %s reads at 4.5:1 or more', (text, bg) => {
    expect(scheme.get(text), text).toBeDefined();
    expect(scheme.get(bg), bg).toBeDefined();
    expect(contrast(scheme.get(text)!, scheme.get(bg)!)).toBeGreaterThanOrEqual(4.5);
  });
});
