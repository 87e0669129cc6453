import { expect, type Locator, type Page } from '@playwright/test';

/**
 * How legible an element is as a user sees it: its font size, text colour alpha, and the
 * product of its own and every ancestor's opacity (crossing shadow roots).
 */
export async function legibility(locator: Locator): Promise<{ fontSize: number; colorAlpha: number; opacity: number; visibility: string }> {
  return locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const rgba = style.color.match(/[\d.]+/g)!.map(Number);
    let opacity = 1;
    for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
      opacity *= Number(getComputedStyle(node).opacity);
    }
    return { fontSize: parseFloat(style.fontSize), colorAlpha: rgba[3] ?? 1, opacity, visibility: style.visibility };
  });
}

/** Legible once any entrance animation has ended: readable size, opaque text, nothing fading it out. */
export async function expectLegible(locator: Locator): Promise<void> {
  await expect(async () => {
    const seen = await legibility(locator);
    expect(seen.fontSize, 'font size').toBeGreaterThanOrEqual(12);
    expect(seen.colorAlpha, 'text colour alpha').toBe(1);
    expect(seen.opacity, 'opacity through every ancestor').toBe(1);
    expect(seen.visibility).toBe('visible');
  }).toPass({ timeout: 3000, intervals: [50, 100, 250] });
}

type Box = { x: number; y: number; width: number; height: number };

/** Gap in px between two boxes (0 when they touch or overlap). */
export function gapBetween(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/**
 * The box of every element in <body>, measured with every scroll position reset to the top, so
 * two snapshots differ only if layout changed.
 */
export async function layoutSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) if (el.scrollTop || el.scrollLeft) el.scrollTo(0, 0);
    window.scrollTo(0, 0);
    return [document.documentElement, document.body, ...document.body.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`;
    });
  });
}
