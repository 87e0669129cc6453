import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { createFlow, lastToast, moreOptions, openMenuView, stepAction } from '../../support/panelActions.ts';
import { expectOverlay } from '../../support/builderOverlay.ts';

const stepTitles = (panel: Page) => panel.getByRole('list', { name: 'Steps' }).locator('.step-title');

async function addModal(panel: Page, title: string) {
  await panel.getByRole('button', { name: 'Add modal step' }).click();
  const field = panel.getByLabel('Title', { exact: true });
  await expect(field).toHaveValue('Welcome');
  await field.fill(title);
  await field.press('Tab');
  await expect(stepTitles(panel).last()).toHaveText(title);
}

test.describe('editing flows', () => {
  test('undo restores a deleted step; steps reorder by keyboard; any save can be restored', async ({ builder }) => {
    const { panel } = builder;
    await createFlow(panel, 'Undo tour', 'Tour');
    for (const title of ['Hello', 'Middle', 'Bye']) await addModal(panel, title);

    await stepAction(panel, 2, 'Delete step');
    await expect(stepTitles(panel)).toHaveText(['Hello', 'Bye']);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(stepTitles(panel)).toHaveText(['Hello', 'Middle', 'Bye']);
    await expect(lastToast(panel)).toHaveText('Undone.');

    // Alt+↓ moves the focused step down and keeps focus on it.
    await panel.getByRole('list', { name: 'Steps' }).getByRole('button', { name: /Hello/ }).first().focus();
    await panel.keyboard.press('Alt+ArrowDown');
    await expect(stepTitles(panel)).toHaveText(['Middle', 'Hello', 'Bye']);
    await panel.keyboard.press('Alt+ArrowDown');
    await expect(stepTitles(panel)).toHaveText(['Middle', 'Bye', 'Hello']);

    // Drag the last step to the top.
    await panel.locator('[data-step-row]').nth(2).locator('.drag-handle').dragTo(panel.locator('[data-step-row]').nth(0));
    await expect(stepTitles(panel)).toHaveText(['Hello', 'Middle', 'Bye']);

    // The history survives a reload of the panel; restoring an early save brings back one step.
    await panel.reload();
    await panel.getByRole('list', { name: 'Flows' }).getByRole('button', { name: /Undo tour/ }).click();
    await panel.getByRole('tab', { name: 'History' }).click();
    const history = panel.getByRole('list', { name: 'Save history' });
    await expect(history.getByText('Deleted step 2')).toBeVisible();
    await history.locator('li', { hasText: 'Added a modal step' }).last().getByRole('button').click();
    await panel.getByRole('tab', { name: 'Steps' }).click();
    await expect(stepTitles(panel)).toHaveText(['Welcome']);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(stepTitles(panel)).toHaveText(['Hello', 'Middle', 'Bye']);
  });

  test('record mode turns three clicks across two pages into a multi-page tour', async ({ builder }) => {
    const { app, panel } = builder;
    await builder.connect();
    await panel.getByRole('button', { name: 'New flow', exact: true }).click();
    await panel.getByRole('button', { name: 'Record a new tour' }).click();
    await expectOverlay(app, 'banner', 'Recording');
    await expect(panel.getByRole('button', { name: 'Stop recording' })).toBeVisible();

    await app.getByTestId('connect-chatbot').click();
    await expect(app.getByTestId('connect-chatbot')).toHaveText('Connected ✓');
    await app.getByRole('link', { name: 'Team' }).click();
    await expect(panel.locator('[data-connected-page]')).toContainText('/team');
    await app.getByTestId('send-invite').click();
    await expect(stepTitles(panel)).toHaveCount(3);
    await panel.getByRole('button', { name: 'Stop recording' }).click();
    await expectOverlay(app, 'banner', null);

    await expect(stepTitles(panel)).toHaveText(['Click “Connect chatbot”', 'Click “Team”', 'Click “Send invite”']);
    const rows = panel.locator('[data-step-row]');
    await expect(rows.nth(0).locator('[data-step-page]')).toHaveText('/integrations');
    await expect(rows.nth(1).locator('[data-step-page]')).toHaveText('/integrations');
    await expect(rows.nth(2).locator('[data-step-page]')).toHaveText('/team');
    await moreOptions(panel);
    await expect(panel.getByLabel('Advance on')).toHaveValue('anchor_click');
    await expect(panel.locator('.problems')).toHaveCount(0);
  });

  test('malformed messages from the page or between extension parts are dropped and logged', async ({ builder }) => {
    const { app, panel, baseURL } = builder;
    await builder.connect();
    const warnings: string[] = [];
    app.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));

    await app.evaluate(() => {
      window.postMessage({ source: 'waymark-page', type: 'picker.start', purpose: 'step:x' }, '*');
      window.postMessage({ source: 'waymark-page', type: 'event', name: 42 }, '*');
      window.postMessage({ hello: 'someone else’s traffic' }, '*');
      window.postMessage({ source: 'waymark-page', type: 'event', name: 'integration_connected' }, '*');
    });
    await expect(panel.locator('.diagnostics summary')).toHaveText('2 dropped messages');
    await panel.locator('.diagnostics summary').click();
    const dropped = panel.getByRole('list', { name: 'Dropped messages' });
    await expect(dropped).toContainText('from the page: type: must be one of "event", "sdk"');
    await expect(dropped).toContainText('name: expected string, got number');
    await expectOverlay(app, 'banner', null);
    expect(warnings.some((w) => w.includes('dropped a malformed message from the page'))).toBe(true);
    // The valid announcement is offered when creating a milestone from an event.
    await panel.getByRole('tab', { name: 'Milestones' }).click();
    await expect(panel.locator('#seen-events option[value="integration_connected"]')).toHaveCount(1);

    // The background refuses a malformed request; the content script refuses an unknown command.
    const background = await panel.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'tab.attach', tabId: 'one' }));
    expect(background).toEqual({ type: 'error', message: 'malformed request: tabId: expected number, got string' });
    const content = await panel.evaluate(async (origin) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
      return chrome.tabs.sendMessage(tab.id, { type: 'eval', code: 'alert(1)' });
    }, new URL(baseURL).origin);
    expect(content.type).toBe('error');
    expect(content.message).toContain('type: must be one of');
    await expect(dropped).toContainText('from the extension: type: must be one of');
  });

  test('import validates the bundle, shows errors with their path and stores nothing invalid', async ({ builder }) => {
    const { panel } = builder;
    await openMenuView(panel, 'Export / import');
    const flow = { schemaVersion: 1, id: 'imported', version: 1, name: 'Imported tour', kind: 'tour', trigger: { manual: true }, frequency: { type: 'once' }, steps: [{ id: 'a', type: 'tooltip', title: 'Hi' }] };
    const bundle = { schemaVersion: 1, flows: [flow], milestones: [{ id: 'm', name: 'M', stage: 'activation', reachedBy: [{ type: 'event', name: 'm' }] }] };
    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify(bundle));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.getByRole('list', { name: 'Bundle problems' })).toContainText('flows[0].steps[0].anchor: required for tooltip steps');
    await expect(panel.locator('[data-bundle-status]')).toHaveText('Nothing was imported.');

    flow.steps = [{ id: 'a', type: 'modal', title: 'Hi' }];
    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify(bundle));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.locator('[data-bundle-status]')).toHaveText('Imported 1 flows and 1 milestones.');
    await panel.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(panel.getByRole('list', { name: 'Flows' })).toContainText('Imported tour');
    await panel.getByRole('radiogroup', { name: 'Filter by status' }).getByRole('radio', { name: 'Live' }).click();
    await expect(panel.getByRole('list', { name: 'Flows' })).not.toContainText('Imported tour');
  });
});
