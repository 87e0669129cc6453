import { expect, test } from '@playwright/test';
import { recordEvents, sdk, sdkReady } from '../support/sdk.ts';
import { recordCspViolations } from './cspViolations.ts';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

test.describe('Chatly under a strict CSP with Trusted Types enforced', () => {
  test('every step kind renders and works with zero policy violations', async ({ page }) => {
    const violations = await recordCspViolations(page);
    const events = await recordEvents(page);
    const response = await page.goto('/?csp=strict');
    expect(response!.headers()['content-security-policy']).toBe(STRICT);
    await sdkReady(page);

    // Announcement bar on the dashboard (the checklist's launcher waits for the tour: one thing at a time).
    await expect(sdk(page).bar).toContainText("Your chatbot isn't live yet.");
    await sdk(page).bar.getByRole('button', { name: 'Later' }).click();
    await expect(sdk(page).bar).toHaveCount(0);

    // Tooltip tour with its spotlight (SPA navigation keeps the same document, so the same policy).
    await page.getByRole('link', { name: 'Widget' }).click();
    const { tooltip, spotlight } = sdk(page);
    await expect(tooltip.getByRole('heading', { name: 'Pick your brand colour' })).toBeVisible();
    for (let i = 0; i < 3; i++) await tooltip.getByRole('button', { name: 'Next' }).click();
    await expect(tooltip.getByRole('heading', { name: 'See it live' })).toBeVisible();
    await expect(spotlight).toHaveCount(1);
    await tooltip.getByRole('button', { name: 'Done' }).click();
    await expect(tooltip).toHaveCount(0);

    // The resource center with its checklist, once the tour is over.
    const launcher = page.locator('waymark-root .wm-rc-launcher');
    await launcher.click();
    await expect(page.locator('waymark-root [data-wm-kind="resource-center"]').getByRole('heading', { name: 'Get your chatbot live' })).toBeVisible();
    await launcher.click();

    // Hotspot.
    await page.getByRole('link', { name: 'Settings' }).click();
    const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
    await beacon.click();
    await tooltip.getByRole('button', { name: 'Got it' }).click();
    await expect(beacon).toHaveCount(0);

    // Modal, started by the app's own button.
    await page.getByTestId('whats-new').click();
    await expect(sdk(page).modal).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sdk(page).modal).toHaveCount(0);

    // Survey, triggered by a product event.
    await page.getByRole('link', { name: 'Integrations' }).click();
    await page.getByTestId('connect-chatbot').click();
    const survey = page.locator('waymark-root [data-wm-kind="survey"]');
    await survey.getByRole('radio', { name: '10' }).click();
    await survey.getByRole('button', { name: 'Send' }).click();
    await expect(survey.getByRole('status')).toBeVisible();

    const types = (await events()).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['flow_dismissed', 'flow_completed', 'survey_answered', 'milestone_reached']));
    expect(await violations()).toEqual([]);
    // The listener does see violations: the policy really enforces Trusted Types on this page.
    const htmlSinkAllowed = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>host code</b>';
        return true;
      } catch {
        return false;
      }
    });
    expect(htmlSinkAllowed).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
  });
});

test.describe('the async snippet inlined with a nonce', () => {
  test('loads the SDK under the strict policy through the one documented Trusted Types policy, with no violation', async ({ page }) => {
    const violations = await recordCspViolations(page);
    const response = await page.goto('/hostile/snippet');
    const csp = response!.headers()['content-security-policy']!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types waymark$/);
    await expect(sdk(page).modal.getByRole('heading', { name: 'Hello from the snippet' })).toBeVisible();
    expect(await page.evaluate(() => typeof (window as any).waymark.ready?.then)).toBe('function');
    expect(await violations()).toEqual([]);
  });

  test("under trusted-types 'none' the stub still queues, and the page's own script tag loads the SDK", async ({ page }) => {
    const violations = await recordCspViolations(page);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/hostile/snippet?tt=none');
    await expect(sdk(page).modal.getByRole('heading', { name: 'Hello from the snippet' })).toBeVisible();
    // The loader's attempts are refused (that is what 'none' means); the SDK itself needs nothing.
    const seen = await violations();
    expect(seen.every((v) => v.startsWith('trusted-types') || v.startsWith('require-trusted-types-for'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
