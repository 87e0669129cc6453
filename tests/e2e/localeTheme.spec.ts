import { expect, test } from '@playwright/test';
import { sdk } from './support/sdk.ts';
import { flow, runCustomFlows } from './support/customFlows.ts';

const welcome = flow('welcome', 'modal', [{
  id: 'hello', type: 'modal', title: 'Welcome aboard',
  content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Let us show you around.' }] }],
  buttons: [{ id: 'go', label: 'Start', action: { type: 'complete' } }],
}], {
  locales: { default: 'en', translations: { de: { steps: { hello: { title: 'Willkommen an Bord', buttons: { go: 'Los geht’s' } } } } } },
  theme: { brandColor: '#0f766e', radius: 2 },
});

test('content follows init({ locale }) with field-by-field fallback, and the flow theme colours it', async ({ page }) => {
  await page.goto('/team');
  await runCustomFlows(page, [welcome], 'locale-de', { locale: 'de-AT' });
  const { modal } = sdk(page);
  await expect(modal.getByRole('heading', { name: 'Willkommen an Bord' })).toBeVisible();
  await expect(modal).toContainText('Let us show you around.');
  const start = modal.getByRole('button', { name: 'Los geht’s' });
  await expect(start).toHaveCSS('background-color', 'rgb(15, 118, 110)');
  await expect(modal).toHaveCSS('border-radius', '2px');
});

test('an unknown locale falls back to the default text', async ({ page }) => {
  await page.goto('/team');
  await runCustomFlows(page, [welcome], 'locale-fr', { locale: 'fr' });
  await expect(sdk(page).modal.getByRole('heading', { name: 'Welcome aboard' })).toBeVisible();
  await expect(sdk(page).modal.getByRole('button', { name: 'Start' })).toBeVisible();
});
