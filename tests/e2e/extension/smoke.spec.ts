import { expect, test } from '../../support/builder.ts';

test('connects and picks the Connect chatbot button', async ({ builder }) => {
  const { app, panel } = builder;
  await builder.connect();
  await panel.getByLabel('New flow name').fill('Integrations tour');
  await panel.getByRole('button', { name: 'Create flow' }).click();
  await panel.getByRole('button', { name: 'Add tooltip step' }).click();
  await panel.getByRole('button', { name: 'Pick element' }).click();
  await expect(app.locator('waymark-builder')).toBeAttached();
  await app.getByTestId('connect-chatbot').click();
  await expect(panel.locator('[data-anchor-label]')).toHaveText('button "Connect chatbot"');
  await expect(panel.locator('[data-anchor-matches]')).toHaveText('1 match on this page');
  await expect(app.getByTestId('connect-chatbot')).toHaveText('Connect chatbot');
});
