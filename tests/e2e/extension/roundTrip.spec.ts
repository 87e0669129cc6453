import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { createFlow, moreOptions, openMenuView } from '../../support/panelActions.ts';
import { expectOverlay } from '../../support/builderOverlay.ts';

/** Types into a labelled panel field and commits it (a change event: one save). */
async function commit(panel: Page, label: string, value: string) {
  const field = panel.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.press('Tab');
}

async function pick(panel: Page, app: Page, target: ReturnType<Page['getByTestId']>) {
  await panel.getByRole('button', { name: 'Pick element' }).click();
  await expectOverlay(app, 'banner', 'Click an element');
  await target.click();
  await expect(panel.locator('[data-anchor-matches]')).toHaveText('1 match on this page');
}


test('builds a multi-page tour, a bar and a checklist on the demo, previews, exports, and the SDK shows the same', async ({ builder }) => {
  test.setTimeout(60_000);
  const { app, panel, context, baseURL } = builder;
  await builder.connect();

  // A milestone from a click on "Connect chatbot" (no-code event tagging).
  await panel.getByRole('tab', { name: 'Milestones' }).click();
  await panel.getByLabel('Milestone name').fill('Chatbot connected');
  await panel.getByRole('button', { name: 'From a clicked element' }).click();
  await app.getByTestId('connect-chatbot').click();
  await expect(panel.locator('[data-milestone="chatbot-connected"]')).toContainText('click on button "Connect chatbot"');
  await expect(app.getByTestId('connect-chatbot')).toHaveText('Connect chatbot');

  // The tour: step 1 on /integrations anchored on the picked button, step 2 on /team inside the
  // invite form's shadow root, step 3 a modal on /team.
  await createFlow(panel, 'Get set up', 'Tour');
  await panel.getByRole('button', { name: 'Add tooltip step' }).click();
  await pick(panel, app, app.getByTestId('connect-chatbot'));
  await expect(panel.locator('[data-anchor-label]')).toHaveText('button "Connect chatbot"');
  await commit(panel, 'Title', 'Connect your chatbot');
  await app.getByRole('link', { name: 'Team' }).click();
  await expect(panel.locator('[data-connected-page]')).toContainText('/team');
  await panel.getByRole('button', { name: 'Add tooltip step' }).click();
  await pick(panel, app, app.getByTestId('send-invite'));
  await commit(panel, 'Title', 'Invite your team');
  await panel.getByRole('button', { name: 'Add modal step' }).click();
  await commit(panel, 'Title', 'You are all set');
  await moreOptions(panel);
  await panel.getByRole('button', { name: 'Use current page (/team)' }).click();
  const steps = panel.getByRole('list', { name: 'Steps' }).locator('[data-step-row]');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('/integrations');
  await expect(steps.nth(1)).toContainText('/team');
  await expect(steps.nth(2)).toContainText('/team');
  await expect(panel.locator('.problems')).toHaveCount(0);

  // Preview on the page with the SDK's renderer: step 2 is the shadow-root tooltip on /team.
  await steps.nth(1).locator('.step-select').click();
  await panel.getByRole('button', { name: 'Preview', exact: true }).click();
  const previewTooltip = app.locator('waymark-builder [data-wm-kind="tooltip"]');
  await expect(previewTooltip.getByRole('heading', { name: 'Invite your team' })).toBeVisible();
  await expect(previewTooltip.locator('[data-wm-progress]')).toHaveText('2 of 3');
  await previewTooltip.getByRole('button', { name: 'Back' }).click();
  await expectOverlay(app, 'notice', 'Step 1 belongs on /integrations; this page is /team.');
  await expect(panel.locator('[data-preview-problem]')).toContainText('belongs on /integrations');
  await app.getByRole('link', { name: 'Integrations' }).click();
  await expect(previewTooltip.getByRole('heading', { name: 'Connect your chatbot' })).toBeVisible();
  await panel.getByRole('button', { name: 'Stop preview' }).click();
  await expect(previewTooltip).toHaveCount(0);

  // An announcement bar with bold text and a button to the integrations page.
  await createFlow(panel, 'Connect bar', 'Announcement bar');
  const content = panel.getByRole('textbox', { name: 'Content', exact: true });
  await content.fill('Your chatbot is not live yet.');
  await content.press('ControlOrMeta+a');
  await panel.getByRole('button', { name: 'Bold' }).click();
  await panel.getByRole('button', { name: 'Add button' }).click();
  await commit(panel, 'Button label', 'Connect now');
  await panel.getByLabel('Button action').selectOption('url');
  await commit(panel, 'URL', '/integrations');

  // A checklist with one item done by the milestone.
  await createFlow(panel, 'Getting started', 'Checklist');
  await panel.getByRole('button', { name: 'Add item' }).click();
  await expect(panel.getByLabel('Item title')).toHaveValue('Chatbot connected');
  await expect(panel.locator('.problems')).toHaveCount(0);

  // Export.
  await openMenuView(panel, 'Export / import');
  await panel.getByRole('button', { name: 'Export bundle' }).click();
  await expect(panel.locator('[data-bundle-status]')).toContainText('Exported 3 flows and 1 milestones');
  const json = await panel.getByLabel('Exported bundle JSON').inputValue();
  const bundle = JSON.parse(json);
  expect(bundle.flows.map((f: { kind: string }) => f.kind).sort()).toEqual(['announcement', 'checklist', 'tour']);
  expect(JSON.stringify(bundle)).not.toContain('<');
  await panel.close();

  // The demo loads that bundle through the SDK (init({ flowsUrl })) and shows the same tour.
  const user = await context.newPage();
  await user.route('**/exported.bundle.json', (route) => route.fulfill({ contentType: 'application/json', body: json }));
  await user.goto(`${baseURL}/integrations?user=round-trip-${Date.now()}`);
  await user.waitForFunction(() => (window as any).waymark?.ready);
  await user.evaluate(async () => {
    (window as any).waymark.destroy();
    const w = (window as any).Waymark.init({ flowsUrl: '/exported.bundle.json', userId: `rt-${Date.now()}`, dbName: `rt-${Date.now()}` });
    (window as any).waymark = w;
    await w.ready;
  });
  const tooltip = user.locator('waymark-root [data-wm-kind="tooltip"]');
  await expect(tooltip.getByRole('heading', { name: 'Connect your chatbot' })).toBeVisible();
  await expect(tooltip.locator('[data-wm-progress]')).toHaveText('1 of 3');
  const bar = user.locator('waymark-root [data-wm-kind="bar"]');
  await expect(bar.locator('strong', { hasText: 'Your chatbot is not live yet.' })).toBeVisible();
  await expect(bar.getByRole('button', { name: 'Connect now' })).toBeVisible();
  // One thing at a time: the checklist's launcher waits for the tour.
  await expect(user.locator('waymark-root [data-wm-kind="checklist"]')).toHaveCount(0);
  await tooltip.getByRole('button', { name: 'Next' }).click();
  await user.getByRole('link', { name: 'Team' }).click();
  await expect(tooltip.getByRole('heading', { name: 'Invite your team' })).toBeVisible();
  const inviteButton = (await user.getByTestId('send-invite').boundingBox())!;
  const card = (await tooltip.boundingBox())!;
  expect(Math.abs(card.x + card.width / 2 - (inviteButton.x + inviteButton.width / 2)) < 400).toBe(true);
  await tooltip.getByRole('button', { name: 'Next' }).click();
  const modal = user.locator('waymark-root [data-wm-kind="modal"]');
  await expect(modal.getByRole('heading', { name: 'You are all set' })).toBeVisible();
  await modal.getByRole('button', { name: 'Done' }).click();
  await expect(modal).toHaveCount(0);
  await expect(user.locator('waymark-root [data-wm-kind="checklist"]')).toContainText('Getting started');
  await user.close();
});
