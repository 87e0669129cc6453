import { expect, test } from '@playwright/test';
import { sdk } from './support/sdk.ts';
import { customEvents, flow, runCustomFlows, testid } from './support/customFlows.ts';

test.describe('flow engine', () => {
  test('an anchor that appears 2 s late still gets its step', async ({ page }) => {
    await page.goto('/team');
    await runCustomFlows(page, [flow('late', 'tour', [{ id: 'a', type: 'tooltip', title: 'Late arrival', anchor: testid('late') }])], 'late');
    await page.evaluate(() =>
      setTimeout(() => {
        const button = document.createElement('button');
        button.dataset.testid = 'late';
        button.textContent = 'Arrived';
        document.querySelector('main')!.append(button);
      }, 2000),
    );
    await expect(sdk(page).tooltip).toHaveCount(0);
    await expect(sdk(page).tooltip.getByRole('heading', { name: 'Late arrival' })).toBeVisible({ timeout: 6000 });
  });

  test('a missing anchor is reported and its policy followed: skip to the next step, or end the flow', async ({ page }) => {
    await page.goto('/team');
    await runCustomFlows(page, [
      flow('skipper', 'tour', [
        { id: 'gone', type: 'tooltip', title: 'Never shown', anchor: testid('nowhere'), onMissing: { policy: 'skip', timeoutMs: 400 } },
        { id: 'next', type: 'modal', title: 'Skipped to me' },
      ]),
    ], 'missing-skip');
    await expect(sdk(page).modal.getByRole('heading', { name: 'Skipped to me' })).toBeVisible();
    const missing = (await customEvents(page)).filter((e) => e.type === 'anchor_missing');
    expect(missing).toMatchObject([{ flowId: 'skipper', stepId: 'gone', props: { policy: 'skip', timeoutMs: 400 } }]);

    await runCustomFlows(page, [flow('ender', 'tour', [{ id: 'gone', type: 'tooltip', anchor: testid('nowhere'), onMissing: { policy: 'end', timeoutMs: 300 } }])], 'missing-end');
    await expect.poll(async () => (await customEvents(page)).map((e) => e.type)).toEqual(['flow_started', 'anchor_missing', 'flow_dismissed']);
    expect((await customEvents(page))[2]!.props).toEqual({ reason: 'anchor_missing' });
  });

  test('only one blocking experience at a time, highest priority first; bars coexist', async ({ page }) => {
    await page.goto('/team');
    await runCustomFlows(page, [
      flow('low', 'modal', [{ id: 'm', type: 'modal', title: 'Low priority' }], { priority: 1 }),
      flow('high', 'modal', [{ id: 'm', type: 'modal', title: 'High priority' }], { priority: 5 }),
      flow('bar', 'announcement', [{ id: 'b', type: 'bar', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bar beside them' }] }] }]),
    ], 'blocking');
    await expect(sdk(page).modal).toHaveCount(1);
    await expect(sdk(page).modal.getByRole('heading', { name: 'High priority' })).toBeVisible();
    await expect(sdk(page).bar).toContainText('Bar beside them');
    await page.keyboard.press('Escape');
    await expect(sdk(page).modal.getByRole('heading', { name: 'Low priority' })).toBeVisible();
    await expect(sdk(page).modal).toHaveCount(1);
  });

  test('frequency "once" holds across reloads', async ({ page }) => {
    const flows = [flow('once', 'modal', [{ id: 'm', type: 'modal', title: 'Only once' }])];
    await page.goto('/team');
    await runCustomFlows(page, flows, 'once');
    await sdk(page).modal.getByRole('button', { name: 'Got it' }).click();
    await page.reload();
    await runCustomFlows(page, flows, 'once');
    await page.waitForTimeout(300);
    await expect(sdk(page).modal).toHaveCount(0);
    expect((await customEvents(page)).filter((e) => e.flowId === 'once')).toEqual([]);
  });

  test('a multi-page tour waits for its page across navigations and resumes after a reload', async ({ page }) => {
    const flows = [
      flow('multi', 'tour', [
        { id: 'team', type: 'tooltip', title: 'Your team', url: { type: 'exact', value: '/team' }, anchor: { selectors: [{ kind: 'css', value: 'main h1' }] } },
        { id: 'news', type: 'tooltip', title: 'Product news', url: { type: 'exact', value: '/settings' }, anchor: testid('whats-new') },
      ], { trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } } }),
    ];
    await page.goto('/team');
    await runCustomFlows(page, flows, 'multi');
    const { tooltip } = sdk(page);
    await expect(tooltip.getByRole('heading', { name: 'Your team' })).toBeVisible();
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await expect(tooltip).toHaveCount(0);
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(tooltip.getByRole('heading', { name: 'Product news' })).toBeVisible();
    await expect(tooltip.locator('[data-wm-progress]')).toHaveText('2 of 2');
    await page.reload();
    await runCustomFlows(page, flows, 'multi');
    await expect(tooltip.getByRole('heading', { name: 'Product news' })).toBeVisible();
  });

  test('a tour waiting for another page does not hold back a modal; it takes its turn when the modal closes', async ({ page }) => {
    const flows = [
      flow('waiting-tour', 'tour', [
        { id: 'team', type: 'tooltip', title: 'Your team', url: { type: 'exact', value: '/team' }, anchor: { selectors: [{ kind: 'css', value: 'main h1' }] } },
        { id: 'news', type: 'tooltip', title: 'Product news', url: { type: 'exact', value: '/settings' }, anchor: testid('whats-new') },
      ], { priority: 9, trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } } }),
      flow('settings-modal', 'modal', [{ id: 'm', type: 'modal', title: 'Settings moved' }], { priority: 1, trigger: { pages: { include: [{ type: 'exact', value: '/integrations' }] } } }),
    ];
    await page.goto('/team');
    await runCustomFlows(page, flows, 'waiting-turn');
    const { tooltip, modal } = sdk(page);
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('link', { name: 'Integrations' }).click();
    await expect(modal.getByRole('heading', { name: 'Settings moved' })).toBeVisible();
    // The app itself navigates while the modal is open (the modal blocks the user's clicks).
    await page.evaluate(() => {
      history.pushState(null, '', '/settings');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.getByTestId('whats-new')).toBeVisible();
    await expect(modal).toHaveCount(1);
    await expect(tooltip).toHaveCount(0);
    await modal.getByRole('button', { name: 'Got it' }).click();
    await expect(tooltip.getByRole('heading', { name: 'Product news' })).toBeVisible();
  });

  test('a trigger delay waits before starting, and is cancelled by leaving the page', async ({ page }) => {
    const flows = [flow('delayed', 'modal', [{ id: 'm', type: 'modal', title: 'After a pause' }], { trigger: { pages: { include: [{ type: 'exact', value: '/team' }] }, delayMs: 1500 } })];
    await page.goto('/team');
    await runCustomFlows(page, flows, 'delay-cancel');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForTimeout(2000);
    await expect(sdk(page).modal).toHaveCount(0);
    await page.getByRole('link', { name: 'Team' }).click();
    await page.waitForTimeout(700);
    await expect(sdk(page).modal).toHaveCount(0);
    await expect(sdk(page).modal.getByRole('heading', { name: 'After a pause' })).toBeVisible({ timeout: 3000 });
  });

  test('a flow triggered by an element starts when that element appears, without a reload', async ({ page }) => {
    const flows = [flow('on-element', 'modal', [{ id: 'm', type: 'modal', title: 'The banner is here' }], { trigger: { elementPresent: testid('promo') } })];
    await page.goto('/team');
    await runCustomFlows(page, flows, 'element-trigger');
    await page.waitForTimeout(300);
    await expect(sdk(page).modal).toHaveCount(0);
    await page.evaluate(() => {
      const banner = document.createElement('div');
      banner.dataset.testid = 'promo';
      banner.textContent = 'Promo';
      document.querySelector('main')!.append(banner);
    });
    await expect(sdk(page).modal.getByRole('heading', { name: 'The banner is here' })).toBeVisible();
  });

  test('a minimum gap between blocking experiences holds the next one back, across a reload', async ({ page }) => {
    const flows = [
      flow('first', 'modal', [{ id: 'm', type: 'modal', title: 'First' }], { priority: 2 }),
      flow('second', 'modal', [{ id: 'm', type: 'modal', title: 'Second' }], { priority: 1 }),
    ];
    await page.goto('/team');
    // The gap leaves room for a reload and start-up on a loaded 2-core machine.
    await runCustomFlows(page, flows, 'gap', { blockingGapMs: 4000 });
    await expect(sdk(page).modal.getByRole('heading', { name: 'First' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.reload();
    await runCustomFlows(page, flows, 'gap', { blockingGapMs: 4000 });
    await page.waitForTimeout(800);
    await expect(sdk(page).modal).toHaveCount(0, { timeout: 1000 });
    await expect(sdk(page).modal.getByRole('heading', { name: 'Second' })).toBeVisible({ timeout: 6000 });
  });
});
