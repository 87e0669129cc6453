import { expect, test } from '@playwright/test';
import { recordEvents, sdkReady } from './support/sdk.ts';

test.describe('NPS survey after the "integration connected" event', () => {
  test('appears when the chatbot is connected and records the answer, by keyboard', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/integrations');
    await sdkReady(page);
    const survey = page.locator('waymark-root [data-wm-kind="survey"]');
    await expect(survey).toHaveCount(0);
    await page.getByTestId('connect-chatbot').click();
    await expect(survey).toBeVisible();
    const group = survey.getByRole('radiogroup', { name: 'How likely are you to recommend Chatly to a friend or colleague?' });
    await expect(group.getByRole('radio')).toHaveCount(11);
    await expect(survey.getByRole('button', { name: 'Send' })).toBeDisabled();

    await group.getByRole('radio', { name: '0', exact: true }).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(group.getByRole('radio', { name: '9', exact: true })).toHaveAttribute('aria-checked', 'true');
    await expect(group.getByRole('radio', { name: '9', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Setup took two minutes');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(survey.getByRole('status')).toHaveText('Thanks! Your feedback shapes what we build next.');
    const answered = (await events()).filter((e) => e.type === 'survey_answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ flowId: 'nps-after-connect', stepId: 'nps', props: { kind: 'nps', score: 9, comment: 'Setup took two minutes' } });
    await survey.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(survey).toHaveCount(0);
    expect((await events()).map((e) => e.type)).toContain('flow_completed');
  });

  test('shows once: connecting again later does not ask again', async ({ page }) => {
    await page.goto('/integrations');
    await sdkReady(page);
    await page.getByTestId('connect-chatbot').click();
    const survey = page.locator('waymark-root [data-wm-kind="survey"]');
    await expect(survey).toBeVisible();
    await survey.getByRole('button', { name: 'Close survey' }).click();
    await expect(survey).toHaveCount(0);
    await page.evaluate(() => (window as any).waymark.track('integration_connected'));
    await page.waitForTimeout(200);
    await expect(survey).toHaveCount(0);
  });
});
