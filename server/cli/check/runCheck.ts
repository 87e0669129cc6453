import type { Browser, BrowserContext, Page } from '@playwright/test';
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

/** Resolves until every anchor is found or the time is up (pages render after load). */
async function resolveOnPage(page: Page, anchors: Anchor[], timeout: number): Promise<InPageResolution[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const results = await page.evaluate((list) => (globalThis as unknown as { __waymarkCheckResolve(a: unknown[]): InPageResolution[] }).__waymarkCheckResolve(list), anchors);
    if (results.every((r) => r.status === 'found') || Date.now() >= deadline) return results;
    await page.waitForTimeout(150);
  }
}

function pathOf(href: string): string {
  const url = new URL(href);
  return url.pathname + url.search;
}

/** Opens each page once (signed in first when the config says how) and resolves its steps' anchors in it. */
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
    const byUrl = new Map<string, PlannedStep[]>();
    for (const step of planned) {
      if ('error' in step.page) results.set(step, { ...base(step, '(no page)'), status: 'page_failed', detail: step.page.error });
      else byUrl.set(step.page.url, [...(byUrl.get(step.page.url) ?? []), step]);
    }
    for (const [url, steps] of byUrl) {
      const page = await context.newPage();
      try {
        const response = await page.goto(url, { timeout });
        if (response && !response.ok()) throw new Error(`HTTP ${response.status()}`);
        const resolved = await resolveOnPage(page, steps.map((s) => s.anchor), timeout);
        const landed = pathOf(page.url()) !== pathOf(url) ? `the page went to ${pathOf(page.url())}` : undefined;
        steps.forEach((step, i) => {
          const r = resolved[i]!;
          results.set(step, {
            ...base(step, pathOf(url)),
            status: r.status,
            ...(r.status === 'found' ? { confidence: r.confidence, ...(r.selector ? { selector: r.selector } : {}) } : {}),
            ...(r.status === 'ambiguous' ? { count: r.count } : {}),
            ...(r.status !== 'found' && landed ? { detail: landed } : {}),
          });
        });
      } catch (error) {
        for (const step of steps) results.set(step, { ...base(step, pathOf(url)), status: 'page_failed', detail: firstLine(error) });
      } finally {
        await page.close();
      }
    }
    return planned.map((step) => results.get(step)!);
  } finally {
    await browser.close();
  }
}
