/**
 * A page script cannot drive the builder (issue 12, finding 10): the overlay's shadow root is
 * closed, and the picker, recorder and overlay buttons act only on the user's own (trusted) input.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { clickOverlayButton, expectOverlay } from '../../support/builderOverlay.ts';
import { createFlow } from '../../support/panelActions.ts';

const stepTitles = (panel: Page) => panel.getByRole('list', { name: 'Steps' }).locator('.step-title');

/** What a hostile page script can find of the builder's banner: the host's open root, and whatever it holds. */
const reachableBanner = (app: Page) =>
  app.evaluate(() => {
    const host = document.querySelector('waymark-builder');
    const roots: ParentNode[] = [document];
    const found: string[] = [];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i]!.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
        if (element.matches('[data-wmb-banner], .wmb-banner button')) found.push(element.textContent ?? '');
      }
    }
    return { builderHost: host !== null, found };
  });

test.describe('the builder ignores what a page script does', () => {
  test('picking: synthetic clicks and keys are refused, the overlay cannot be reached; the user\'s own click still works', async ({ builder }) => {
    const { app, panel } = builder;
    await builder.connect();
    await createFlow(panel, 'Hostile page', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();
    await panel.getByRole('button', { name: 'Pick element' }).click();
    await expectOverlay(app, 'banner', 'Click an element');

    // The overlay is there but out of reach: its buttons cannot be found, let alone clicked.
    expect(await reachableBanner(app)).toEqual({ builderHost: true, found: [] });

    await app.evaluate(() => {
      const target = document.querySelector('[data-testid="connect-chatbot"]') as HTMLElement;
      target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 5, clientY: 5 }));
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      // Clicks aimed at the overlay land on its host, and keys that would pick or cancel.
      document.querySelector('waymark-builder')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (const key of ['Enter', 'Escape']) window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    // Nothing picked, nothing cancelled: the picker still waits for the user.
    await expectOverlay(app, 'banner', 'Click an element');
    await expect(panel.locator('[data-anchor-label]')).toHaveCount(0);

    // The user's own click on the overlay's Cancel button works.
    await clickOverlayButton(app, 'Cancel');
    await expectOverlay(app, 'banner', null);
    await expect(panel.getByRole('button', { name: 'Pick element' })).toBeEnabled();

    // And the user's own click on the page picks (the page's own handlers saw its synthetic clicks).
    await expect(app.getByTestId('connect-chatbot')).toHaveText('Connected ✓');
    await panel.getByRole('button', { name: 'Pick element' }).click();
    await expectOverlay(app, 'banner', 'Click an element');
    await app.getByRole('link', { name: 'Team' }).click();
    await expect(panel.locator('[data-anchor-label]')).toContainText('Team');
  });

  test('recording: a page script\'s clicks do not become steps; the user\'s do, and Stop answers the user', async ({ builder }) => {
    const { app, panel } = builder;
    await builder.connect();
    await panel.getByRole('button', { name: 'New flow', exact: true }).click();
    await panel.getByRole('button', { name: 'Record a new tour' }).click();
    await expectOverlay(app, 'banner', 'Recording');

    await app.evaluate(() => {
      const target = document.querySelector('[data-testid="connect-chatbot"]') as HTMLElement;
      target.click();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      document.querySelector('waymark-builder')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    // The page reacted to its own clicks, the builder did not record them.
    await expect(app.getByTestId('connect-chatbot')).toHaveText('Connected ✓');
    await app.getByRole('link', { name: 'Team' }).click();
    await expect(stepTitles(panel)).toHaveText(['Click “Team”']);
    await expectOverlay(app, 'banner', 'Recording');

    await clickOverlayButton(app, 'Stop');
    await expectOverlay(app, 'banner', null);
    await expect(panel.getByRole('button', { name: 'Stop recording' })).toBeHidden();
    await expect(stepTitles(panel)).toHaveText(['Click “Team”']);
  });
});
