import { expect, test, type Page } from '@playwright/test';
import { assignVariant } from '../../shared/experiment/assignVariant.ts';
import { sdk } from './support/sdk.ts';
import { customEvents, flow, runCustomFlows } from './support/customFlows.ts';
import { experiment as experimentFixture, type ExperimentFixture } from '../support/fixtures/experiment.ts';

const experiment = (extra: ExperimentFixture = {}) => experimentFixture({ key: 'welcome-test', seed: 'welcome-2026', arm: 'welcome', flowId: 'welcome', attributionDays: 7, ...extra });
const welcome = flow('welcome', 'modal', [{ id: 'm', type: 'modal', title: 'Welcome aboard' }], { frequency: { type: 'every_session' } });
const bundle = (extra: Record<string, unknown> = {}, holdout?: unknown) => ({
  schemaVersion: 1,
  flows: [welcome],
  experiments: [experiment(extra)],
  ...(holdout ? { holdout } : {}),
});

/** The first user id the published hash puts in `variant` (so the test follows the real assignment). */
function userIn(variant: string): string {
  for (let i = 0; ; i++) if (assignVariant(experiment() as never, `user-${i}`) === variant) return `user-${i}`;
}

async function run(page: Page, input: unknown, userId: string, db: string) {
  await runCustomFlows(page, input as never, db, { userId });
  await page.waitForTimeout(300);
}

const exposures = async (page: Page) => (await customEvents(page)).filter((e) => e.type === 'experiment_exposure');

test.describe('experiments on flows', () => {
  test('control sees nothing but is exposed once; the variant sees the flow, its events tagged with the arm', async ({ page }) => {
    await page.goto('/team');
    const control = userIn('control');
    await run(page, bundle(), control, 'exp-control');
    await expect(sdk(page).modal).toHaveCount(0);
    expect(await exposures(page)).toMatchObject([{ experimentId: 'welcome-test', variant: 'control', userId: control }]);
    await page.reload();
    await run(page, bundle(), control, 'exp-control');
    await expect(sdk(page).modal).toHaveCount(0);
    expect(await exposures(page)).toEqual([]);

    const treated = userIn('welcome');
    await run(page, bundle(), treated, 'exp-treated');
    await expect(sdk(page).modal.getByRole('heading', { name: 'Welcome aboard' })).toBeVisible();
    expect(await exposures(page)).toMatchObject([{ experimentId: 'welcome-test', variant: 'welcome', userId: treated }]);
    const started = (await customEvents(page)).find((e) => e.type === 'flow_started');
    expect(started).toMatchObject({ flowId: 'welcome', experimentId: 'welcome-test', variant: 'welcome' });
  });

  test('exposures and flow starts record the device class and only the traits the bundle names, for breakdowns', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/team');
    const treated = userIn('welcome');
    await runCustomFlows(page, { ...bundle(), breakdownTraits: ['plan', 'company.size'] } as never, 'exp-breakdown', { userId: treated, traits: { plan: 'pro', email: 'someone@example.com', company: { size: 40 } } });
    await page.waitForTimeout(300);
    const events = await customEvents(page);
    const entry = events.filter((e) => e.type === 'experiment_exposure' || e.type === 'flow_started');
    expect(entry.length).toBeGreaterThan(0);
    for (const e of entry) expect(e.props).toMatchObject({ device: 'phone', traits: { plan: 'pro', 'company.size': 40 } });
    expect(JSON.stringify(events)).not.toContain('someone@example.com');
    // Other events carry neither.
    expect(events.filter((e) => e.type === 'step_shown').every((e) => !('device' in e.props) && !('traits' in e.props))).toBe(true);
  });

  test('assignments are sticky through weight changes, and re-bucketed when the bucket version changes', async ({ page }) => {
    await page.goto('/team');
    const treated = userIn('welcome');
    await run(page, bundle(), treated, 'exp-sticky');
    await expect(sdk(page).modal).toHaveCount(1);
    const allControl = [{ key: 'control', flowId: null, weight: 1 }, { key: 'welcome', flowId: 'welcome', weight: 0 }];
    await page.reload();
    await run(page, bundle({ variants: allControl }), treated, 'exp-sticky');
    await expect(sdk(page).modal.getByRole('heading', { name: 'Welcome aboard' })).toBeVisible();
    await page.reload();
    await run(page, bundle({ variants: allControl, bucketVersion: 2 }), treated, 'exp-sticky');
    await expect(sdk(page).modal).toHaveCount(0);
  });

  test('the global holdout sees no onboarding at all and is logged once', async ({ page }) => {
    await page.goto('/team');
    await run(page, bundle({}, { seed: 'holdout-2026', share: 1 }), userIn('welcome'), 'exp-holdout');
    await expect(sdk(page).modal).toHaveCount(0);
    expect(await exposures(page)).toMatchObject([{ experimentId: 'global-holdout', variant: 'holdout' }]);
  });

  test('a stopped experiment shows the flow to everyone, without exposures', async ({ page }) => {
    await page.goto('/team');
    await run(page, bundle({ status: 'stopped' }), userIn('control'), 'exp-stopped');
    await expect(sdk(page).modal).toHaveCount(1);
    expect(await exposures(page)).toEqual([]);
  });
});
