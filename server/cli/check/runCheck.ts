import type { Browser, BrowserContext, JSHandle, Page } from '@playwright/test';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import { expandEnv, type CheckConfig } from './checkConfig.ts';
import { browserArgs } from './findBrowser.ts';
import type { InPageResolution } from './InPageResolution.ts';
import type { PlannedStep } from './planChecks.ts';
import { resolverScript } from './resolverScript.ts';
import type { StepResult } from './StepResult.ts';

export class CheckAborted extends Error {}

const firstLine = (error: unknown) => String((error as Error).message ?? error).split('\n')[0]!;

async function logIn(context: BrowserContext, login: NonNullable<CheckConfig['login']>, baseUrl: string, timeout: number): Promise<void> {
  const page = await context.newPage();
  const url = new URL(login.url, baseUrl).href;
  try {
    await page.goto(url, { timeout });
    for (const [selector, value] of Object.entries(login.fields)) await page.fill(selector, expandEnv(value), { timeout });
    await page.click(login.submit, { timeout });
    if (login.waitFor) await page.waitForSelector(login.waitFor, { timeout });
    else await page.waitForURL((current) => current.href.split('#')[0] !== url.split('#')[0], { timeout });
  } catch (error) {
    throw new CheckAborted(`login at ${url} failed: ${firstLine(error)}`);
  } finally {
    await page.close();
  }
}

type Resolve = (anchors: unknown[]) => InPageResolution[];

/** Resolves until the anchor is found and shown or the time is up (pages render after load). */
async function resolveOnPage(page: Page, anchor: Anchor, timeout: number): Promise<InPageResolution> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const [result] = await page.evaluate((a) => (globalThis as unknown as { __waymarkCheckResolve: Resolve }).__waymarkCheckResolve([a]), anchor);
    if ((result!.status === 'found' && result!.shown) || Date.now() >= deadline) return result!;
    await page.waitForTimeout(150);
  }
}

/** Clicks the step's element as the user would (a trusted click), so what it reveals is there for the next step. */
async function clickAnchor(page: Page, anchor: Anchor, timeout: number): Promise<void> {
  // The element (or null), typed as a handle to anything: the server is checked without DOM types.
  const handle: JSHandle = await page.evaluateHandle((a) => (globalThis as unknown as { __waymarkCheckElement(a: unknown): object | null }).__waymarkCheckElement(a), anchor);
  const element = handle.asElement();
  if (element) await element.click({ timeout }).catch(() => {});
  await handle.dispose();
}

function pathOf(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search;
}

/** Opens each flow's pages (signed in first when the config says how) and resolves its steps' anchors there, in order. */
export async function runCheck(planned: PlannedStep[], config: CheckConfig, { baseUrl, browserPath }: { baseUrl: string; browserPath: string | undefined }): Promise<StepResult[]> {
  const timeout = config.timeoutMs ?? 5000;
  const { chromium } = await import('@playwright/test');
  const script = await resolverScript();
  let browser: Browser;
  try {
    browser = await chromium.launch({ headless: true, args: browserArgs, ...(browserPath ? { executablePath: browserPath } : {}) });
  } catch (error) {
    throw new CheckAborted(`cannot start Chromium${browserPath ? ` at ${browserPath}` : ''}: ${firstLine(error)} (pass --browser-path)`);
  }
  try {
    const context = await browser.newContext({ bypassCSP: true, ...(config.storageState ? { storageState: config.storageState } : {}) });
    await context.addInitScript({ content: script });
    if (config.login) await logIn(context, config.login, baseUrl, timeout);

    const results = new Map<PlannedStep, StepResult>();
    const base = (step: PlannedStep, page: string) => ({ flowId: step.flowId, flowName: step.flowName, stepId: step.stepId, stepNumber: step.stepNumber, page });
    // One fresh page per flow and page: the checker walks each flow's steps in order, as a user would,
    // clicking a step's element when that is how the user goes on (it may open the next step's menu).
    const walks = new Map<string, PlannedStep[]>();
    for (const step of planned) {
      if ('error' in step.page) results.set(step, { ...base(step, '(no page)'), status: 'page_failed', detail: step.page.error });
      else {
        const key = `${step.page.url}\u0000${step.flowId}`;
        walks.set(key, [...(walks.get(key) ?? []), step]);
      }
    }
    for (const steps of walks.values()) {
      const url = (steps[0]!.page as { url: string }).url;
      const page = await context.newPage();
      try {
        const response = await page.goto(url, { timeout });
        if (response && !response.ok()) throw new Error(`HTTP ${response.status()}`);
        for (const [i, step] of steps.entries()) {
          const r = await resolveOnPage(page, step.anchor, timeout);
          const landed = pathOf(page.url()) !== pathOf(url) ? `the page went to ${pathOf(page.url())}` : undefined;
          const status = r.status === 'found' && !r.shown ? 'hidden' : r.status;
          results.set(step, {
            ...base(step, pathOf(url)),
            status,
            ...(r.status === 'found' ? { confidence: r.confidence, ...(r.selector ? { selector: r.selector } : {}) } : {}),
            ...(r.status === 'ambiguous' ? { count: r.count } : {}),
            ...(status !== 'found' && landed ? { detail: landed } : {}),
          });
          if (status === 'found' && step.advancesOnClick && i < steps.length - 1) await clickAnchor(page, step.anchor, timeout);
        }
      } catch (error) {
        for (const step of steps) if (!results.has(step)) results.set(step, { ...base(step, pathOf(url)), status: 'page_failed', detail: firstLine(error) });
      } finally {
        await page.close();
      }
    }
    return planned.map((step) => results.get(step)!);
  } finally {
    await browser.close();
  }
}
