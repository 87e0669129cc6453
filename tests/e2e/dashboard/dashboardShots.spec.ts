/**
 * The README's dashboard pictures (docs/dashboard/*.png) at 1280 and 1024 px, on a simulated run.
 * Runs only with WAYMARK_DOC_SHOTS=1: `WAYMARK_DOC_SHOTS=1 npx playwright test tests/e2e/dashboard/dashboardShots.spec.ts`.
 */
import { expect, test } from '@playwright/test';
import { publishSimulation, runSimulation } from '../../../scripts/simulation/runSimulation.ts';
import { SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT, withSimulation } from '../../../scripts/simulation/simulationBundle.ts';
import { openDashboardEnvironment } from '../support/dashboardEnvironment.ts';

const DAY = 86_400_000;
test.skip(process.env.WAYMARK_DOC_SHOTS !== '1', 'regenerates docs/dashboard/*.png on demand');

test('dashboard pictures at 1280 and 1024 px', async () => {
  test.setTimeout(180_000);
  const environment = await openDashboardEnvironment();
  const { server, context } = environment;
  await runSimulation({ server: server.url, publicKey: 'wm_pk_demo', secretKey: 'wm_sk_demo', users: 1200, seed: 3, start: Math.floor(Date.now() / DAY) * DAY - 28 * DAY, holdout: { ...SIMULATED_HOLDOUT, share: 0.2 } });
  // Guardrails on the picture: the walkthrough must not slow people down or cost invitations.
  const guarded = { ...SIMULATED_EXPERIMENT, guardrails: [{ metric: 'time_to_goal' as const }, { metric: 'milestone' as const, milestone: 'teammate-invited' }] };
  await publishSimulation(server.url, 'wm_sk_demo', 'production', (b) => withSimulation(b, guarded, { ...SIMULATED_HOLDOUT, share: 0.2 }));
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${environment.extensionId}/dashboard.html`);
    await page.getByLabel('Server URL').fill(server.url);
    await page.getByLabel('Secret key').fill('wm_sk_demo');
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('heading', { name: 'Experiments' })).toBeVisible();
    await expect(page.locator('[data-experiment]').first()).toBeVisible();
    await expect(page.locator('[data-trend]').first()).toBeVisible();
    await expect(page.locator('[data-journey-trend]')).toBeVisible();
    await page.locator('[data-experiment]').first().getByLabel('Break down by').selectOption('device');
    await page.locator('[data-flow]').first().getByLabel('Break down by').selectOption('trait:plan');
    await expect(page.locator('[data-breakdown] table')).toBeVisible();
    await expect(page.locator('[data-flow-breakdown] table')).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const suffix = scheme === 'dark' ? '-dark' : '';
      for (const width of [1280, 1024]) {
        if (scheme === 'dark' && width === 1024) continue;
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: `docs/dashboard/dashboard-${width}${suffix}.png` });
        await page.screenshot({ path: `docs/dashboard/dashboard-${width}${suffix}-full.png`, fullPage: true });
      }
    }
  } finally {
    await environment.close();
  }
});
