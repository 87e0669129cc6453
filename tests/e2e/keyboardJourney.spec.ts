import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordEvents, sdk } from './support/sdk.ts';

/** True when `locator` holds focus, looking through open shadow roots. */
const isFocused = (locator: Locator) =>
  locator.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });

/** Presses Tab until `locator` has focus, as a keyboard user would; fails if it never gets there. */
async function tabTo(page: Page, locator: Locator, maxPresses = 80): Promise<void> {
  await expect(locator).toBeVisible();
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${locator} is not reachable with Tab`);
}

test('the whole activation journey works by keyboard alone', async ({ page }) => {
  test.setTimeout(60_000);
  const events = await recordEvents(page);
  const milestones = async () => (await events()).filter((e) => e.type === 'milestone_reached').map((e) => e.props.milestone);
  const { tooltip } = sdk(page);
  // The checklist lives in the resource center, whose launcher shows its progress.
  const checklist = page.locator('waymark-root [data-wm-kind="checklist"]');
  const launcher = page.locator('waymark-root .wm-rc-launcher');
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/?user=keyboard-journey@acme-shoes.example');

  // The walkthrough starts on the dashboard and continues on the Widget page.
  await expect(tooltip.getByRole('heading', { name: 'Make the chat bubble yours' })).toBeVisible();
  await page.keyboard.press('Alt+Shift+KeyW');
  await expect(tooltip.getByRole('button', { name: 'Open the Widget page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/widget$/);
  for (const title of ['Pick your brand colour', 'Choose a corner', 'Say hello', 'See it live']) {
    await expect(tooltip.getByRole('heading', { name: title })).toBeVisible();
    // A new page load: focus starts in the page again, the shortcut moves into the tour.
    if (title === 'Pick your brand colour') await page.keyboard.press('Alt+Shift+KeyW');
    await page.keyboard.press('Enter');
  }
  await expect(tooltip).toHaveCount(0);

  await tabTo(page, page.getByTestId('save-widget'));
  await page.keyboard.press('Enter');
  await expect.poll(milestones).toEqual(['widget-customised']);

  // The checklist opens from the resource center's launcher and its item takes the user to the integrations page.
  await tabTo(page, launcher);
  await expect(launcher).toHaveText(/1 of 4/);
  await page.keyboard.press('Enter');
  await expect(launcher).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, checklist.getByRole('button', { name: /Connect your chatbot/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/integrations$/);

  await tabTo(page, page.getByTestId('connect-chatbot'));
  await page.keyboard.press('Enter');
  const survey = page.locator('waymark-root [data-wm-kind="survey"]');
  const scale = survey.getByRole('radiogroup');
  await tabTo(page, scale.getByRole('radio', { name: '0', exact: true }));
  await page.keyboard.press('End');
  await expect(scale.getByRole('radio', { name: '10', exact: true })).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, survey.getByRole('button', { name: 'Send' }));
  await page.keyboard.press('Enter');
  await expect(survey.getByRole('status')).toContainText('Thanks');
  await page.keyboard.press('Escape');
  await expect(survey).toHaveCount(0);

  // Invite a teammate in the form that lives in a shadow root.
  await tabTo(page, mainNav.getByRole('link', { name: 'Team' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('textbox', { name: /email/i }));
  await page.keyboard.type('sam@acme-shoes.example');
  await page.keyboard.press('Enter');
  await expect.poll(milestones).toEqual(['widget-customised', 'integration-connected', 'teammate-invited']);

  // The hotspot on the settings page opens with Enter; the snippet button is the last milestone.
  await tabTo(page, mainNav.getByRole('link', { name: 'Settings' }));
  await page.keyboard.press('Enter');
  const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
  await tabTo(page, beacon);
  await page.keyboard.press('Enter');
  await tabTo(page, tooltip.getByRole('button', { name: 'Got it' }));
  await page.keyboard.press('Enter');
  await expect(beacon).toHaveCount(0);
  await tabTo(page, page.getByTestId('copy-snippet'));
  await page.keyboard.press('Enter');
  await expect.poll(milestones).toEqual(['widget-customised', 'integration-connected', 'teammate-invited', 'snippet-installed']);

  const all = await events();
  expect(all.filter((e) => e.type === 'survey_answered').map((e) => e.props.score)).toEqual([10]);
  expect(all.filter((e) => e.type === 'flow_completed').map((e) => e.flowId)).toEqual(
    expect.arrayContaining(['widget-tour', 'nps-after-connect', 'snippet-hotspot', 'activation-checklist']),
  );
  // Done: the launcher no longer counts, the resource center says 4 of 4.
  await expect(launcher).toHaveAccessibleName('Help');
  await tabTo(page, launcher);
  await page.keyboard.press('Enter');
  await expect(checklist.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4 of 4');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(checklist).toHaveCount(0);
});
