/**
 * The builder's page overlay (banner, picker label, notice) lives in a closed shadow root, which
 * page scripts and Playwright locators cannot enter. Tests read it the way DevTools does, through
 * the Chrome DevTools Protocol, and click it with the real mouse.
 */
import { expect, type CDPSession, type Page } from '@playwright/test';

export type OverlayPart = 'banner' | 'label' | 'notice';

const MARKS: Record<OverlayPart, [string, string?]> = {
  banner: ['data-wmb-banner'],
  label: ['class', 'wmb-label'],
  notice: ['data-wmb-notice'],
};

interface DomNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const session = (page: Page) => {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = page.context().newCDPSession(page)));
  return s;
};

function find(node: DomNode, [name, value]: [string, string?]): DomNode | undefined {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name && (value === undefined || attributes[i + 1] === value)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = find(child, [name, value]);
    if (found) return found;
  }
  return undefined;
}

async function callOn<T>(page: Page, part: OverlayPart, fn: string): Promise<T | undefined> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const node = find(root, MARKS[part]);
  if (!node) return undefined;
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true });
  return result.value as T;
}

/** The part's text, or null when it is not shown. */
export async function overlayText(page: Page, part: OverlayPart): Promise<string | null> {
  const text = await callOn<string | null>(page, part, 'function () { return this.checkVisibility() ? this.textContent : null; }');
  return text ?? null;
}

/** Waits until the part shows text containing `text` (or, with null, until it is hidden). */
export async function expectOverlay(page: Page, part: OverlayPart, text: string | RegExp | null, exact = false): Promise<void> {
  const poll = expect.poll(() => overlayText(page, part), { timeout: 5000 });
  if (text === null) await poll.toBeNull();
  else if (text instanceof RegExp) await poll.toMatch(text);
  else if (exact) await poll.toBe(text);
  else await poll.toContain(text);
}

/** Clicks the banner's button named `label` with the mouse, as the PM would. */
export async function clickOverlayButton(page: Page, label: string): Promise<void> {
  const box = await callOn<{ x: number; y: number } | null>(
    page,
    'banner',
    `function () {
      const button = [...this.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(label)});
      if (!button) return null;
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`,
  );
  if (!box) throw new Error(`no overlay button "${label}"`);
  await page.mouse.click(box.x, box.y);
}
