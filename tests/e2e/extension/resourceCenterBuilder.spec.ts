import type { Page } from '@playwright/test';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import { validateBundle } from '../../../shared/schema/parse.ts';
import { expect, test } from '../../support/builder.ts';
import { commit, createFlow, lastToast, openMenuView, toFlowList } from '../../support/panelActions.ts';

/** Pictures for docs/resource-center with WAYMARK_DOC_SHOTS=1, else beside the test's results. */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: process.env.WAYMARK_DOC_SHOTS === '1' ? `docs/resource-center/${name}.png` : test.info().outputPath(`${name}.png`) });

test('a PM builds a resource center with the panel alone: sections, articles, preview on the page, export and publish', async ({ builder }) => {
  test.setTimeout(120_000);
  const { app, panel } = builder;
  await panel.setViewportSize({ width: 400, height: 900 });
  await builder.connect();

  // What it will list: a tour and an announcement modal.
  await createFlow(panel, 'Product tour', 'Tour');
  await panel.getByRole('button', { name: 'Add modal step' }).click();
  await createFlow(panel, 'Dark mode is here', 'Modal');

  await createFlow(panel, 'Help center', 'Resource center');
  await expect(panel.getByRole('tab', { name: 'Resource center' })).toHaveAttribute('aria-selected', 'true');
  await commit(panel.getByLabel('Title', { exact: true }), 'Help & resources');
  await commit(panel.getByLabel('Launcher label'), 'Help');
  await commit(panel.getByLabel('Knowledge base search'), 'https://help.example.com/search?q={query}');

  await panel.getByRole('button', { name: 'Add section: Tours to replay' }).click();
  const tours = panel.locator('[data-rc-section="tours-to-replay"]');
  await expect(tours.getByLabel('Tour', { exact: true })).toHaveValue('product-tour');
  await commit(tours.getByLabel('Summary', { exact: true }), 'Two minutes around the app');

  await panel.getByRole('button', { name: "Add section: What's new" }).click();
  const news = panel.locator('[data-rc-section="what-s-new"]');
  await expect(news.getByLabel('Announcement or modal', { exact: true })).toHaveValue('dark-mode-is-here');
  await news.getByLabel('Announced on', { exact: true }).fill('2026-11-30');
  await news.getByLabel('Announced on', { exact: true }).press('Tab');

  await panel.getByRole('button', { name: 'Add section: Help articles' }).click();
  const help = panel.locator('[data-rc-section="help-articles"]');
  await commit(help.getByLabel('Article title', { exact: true }), 'Install the widget');
  await commit(help.getByLabel('Summary', { exact: true }), 'Paste one snippet before the closing body tag');
  await commit(help.getByLabel('Page address', { exact: true }), '/settings');
  await help.getByRole('button', { name: 'Add article' }).click();
  const second = help.locator('[data-rc-item="Article 2"]');
  await commit(second.getByLabel('Article title', { exact: true }), 'Match your brand colours');
  await commit(second.getByLabel('Summary', { exact: true }), 'Colours, avatar and greeting');
  await second.getByLabel('When clicked', { exact: true }).selectOption('article');
  const article = second.getByRole('textbox', { name: 'Article', exact: true });
  await article.fill('Open Widget, pick a colour and save.');
  await article.press('Tab');

  // An audience on the second article: only admins see it.
  await second.locator('summary', { hasText: 'Who sees it' }).click();
  await second.getByRole('button', { name: /Add condition/ }).first().click();
  await expect(second.locator('summary', { hasText: 'Who sees it: some users' })).toBeVisible();

  await panel.getByRole('button', { name: 'Add section: Contact' }).click();
  await commit(panel.locator('[data-rc-section="contact"]').getByLabel('Button label', { exact: true }), 'Chat with us');
  // The default checklists section goes: this project has no checklist.
  await panel.getByRole('button', { name: 'Remove Checklists' }).click();
  await expect(panel.locator('.problems')).toHaveCount(0);
  await panel.getByLabel('Flow name').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(panel, 'builder-editor');
  await panel.locator('[data-rc-section="tours-to-replay"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(panel, 'builder-sections');

  // Preview on the page with the SDK's own components, the tour and announcement listed by name.
  await panel.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = app.locator('waymark-builder [data-wm-kind="resource-center"]');
  const dialog = preview.getByRole('dialog', { name: 'Help & resources' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['Tours', "What's new", 'Help articles', 'Contact us']);
  await expect(dialog.locator('.wm-rc-item', { hasText: 'Product tour' })).toBeVisible();
  await expect(dialog.locator('.wm-rc-item', { hasText: 'Dark mode is here' })).toContainText('2026-11-30');
  await dialog.getByRole('searchbox', { name: 'Search help' }).fill('snippet');
  await expect(dialog.locator('.wm-rc-body .wm-rc-item')).toHaveText([/Install the widget/]);
  await shot(app, 'builder-preview');
  await panel.getByRole('button', { name: 'Stop preview' }).click();
  await expect(preview).toHaveCount(0);

  // Export: one bundle, valid as publish validates it, with the resource center as authored.
  await openMenuView(panel, 'Export / import');
  await panel.getByRole('button', { name: 'Export bundle' }).click();
  const exported = JSON.parse(await panel.getByLabel('Exported bundle JSON').inputValue()) as Bundle;
  expect(validateBundle(exported).ok).toBe(true);
  const center = exported.flows.find((f) => f.kind === 'resource-center')!;
  expect(center.resourceCenter).toMatchObject({
    title: 'Help & resources',
    launcher: { icon: 'help', label: 'Help' },
    searchUrl: 'https://help.example.com/search?q={query}',
    sections: [
      { type: 'tours', items: [{ flowId: 'product-tour', summary: 'Two minutes around the app' }] },
      { type: 'whats-new', items: [{ flowId: 'dark-mode-is-here', date: '2026-11-30' }] },
      { type: 'help', items: [{ title: 'Install the widget', url: '/settings' }, { title: 'Match your brand colours', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Open Widget, pick a colour and save.' }] }], audience: {} }] },
      { type: 'contact', label: 'Chat with us' },
    ],
  });

  // Publish: the tour and the modal it lists go with it.
  await panel.getByRole('button', { name: 'Back', exact: true }).click();
  await toFlowList(panel);
  await panel.getByRole('list', { name: 'Flows' }).locator('[data-flow="help-center"]').click();
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  const publish = panel.getByRole('dialog');
  await expect(publish.getByRole('region', { name: 'Added' }).getByRole('listitem')).toHaveText(['Help center', 'Product tour', 'Dark mode is here']);
  await publish.getByRole('button', { name: 'Publish to Production' }).click();
  await expect(lastToast(panel)).toContainText('with this flow and the flows it starts');
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live');
});
