import type { Locator, Page } from '@playwright/test';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import { expect, test } from '../../support/builder.ts';
import { commit, createFlow, lastToast, moreOptions, openMenuView } from '../../support/panelActions.ts';



async function exportBundle(panel: Page): Promise<Bundle> {
  await openMenuView(panel, 'Export / import');
  await panel.getByRole('button', { name: 'Export bundle' }).click();
  await expect(panel.locator('[data-bundle-status]')).toContainText('Exported');
  return JSON.parse(await panel.getByLabel('Exported bundle JSON').inputValue()) as Bundle;
}

/** Selects `word` inside the rich text editor, as a PM double-clicking it would. */
async function selectWord(editor: Locator, word: string) {
  await editor.evaluate((root, w) => {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(w);
      if (at < 0) continue;
      (root as HTMLElement).focus();
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      const selection = root.ownerDocument.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`no "${w}" in the editor`);
  }, word);
}

test('audience groups nest to any depth, switch all/any, negate, hold element conditions, and work from the keyboard', async ({ builder }) => {
  test.setTimeout(90_000);
  const { app, panel } = builder;
  await builder.connect();
  await createFlow(panel, 'Audience flow', 'Modal');
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const audience = panel.getByRole('group', { name: 'Audience', exact: true });

  await audience.getByRole('button', { name: 'Add condition', exact: true }).click();
  await expect(audience.getByRole('group', { name: 'Condition 1' }).getByLabel('Trait')).toHaveValue('plan');
  await audience.getByRole('button', { name: 'Add group', exact: true }).click();
  const group2 = audience.getByRole('group', { name: 'Group 2' }).first();
  const c21 = group2.getByRole('group', { name: 'Condition 2.1' });
  await commit(c21.getByLabel('Trait'), 'role');
  await commit(c21.getByLabel('Value', { exact: true }), 'admin');

  await group2.getByRole('button', { name: 'Add condition to group 2' }).click();
  const c22 = group2.getByRole('group', { name: 'Condition 2.2' });
  await c22.getByLabel('Condition type').selectOption('element');
  await c22.getByRole('button', { name: 'Pick element' }).click();
  await app.getByTestId('connect-chatbot').click();
  await expect(c22.locator('[data-anchor-label]')).toHaveText('button "Connect chatbot"');
  await expect(c22.locator('[data-anchor-matches]')).toHaveText('1 match on this page');

  // Keyboard: add a group inside group 2, remove it again, negate group 2, switch its mode.
  await group2.getByRole('button', { name: 'Add group to group 2' }).focus();
  await panel.keyboard.press('Enter');
  await expect(group2.getByRole('group', { name: 'Group 2.3' }).first()).toBeVisible();
  await commit(group2.getByRole('group', { name: 'Condition 2.3.1' }).getByLabel('Trait'), 'beta');
  await group2.getByRole('button', { name: 'Remove group 2.3' }).focus();
  await panel.keyboard.press('Space');
  await expect(group2.getByRole('group', { name: 'Group 2.3' })).toHaveCount(0);
  await group2.getByLabel('Exclude users who match group 2').focus();
  await panel.keyboard.press('Space');
  await expect(group2.getByLabel('Exclude users who match group 2')).toBeChecked();
  await expect(panel.locator('[data-audience-sentence]')).toHaveText(/^ ?Users whose plan is trial and \(whose role is not admin and /);
  const mode2 = panel.getByLabel('Group 2: users must match');
  await expect(mode2).toHaveValue('any');
  await mode2.selectOption('all');
  await expect(mode2).toHaveValue('all');
  await panel.getByLabel('Users must match', { exact: true }).selectOption('any');
  await expect(panel.getByLabel('Users must match', { exact: true })).toHaveValue('any');
  await expect(panel.locator('.problems')).toHaveCount(0);

  const flow = (await exportBundle(panel)).flows.find((f) => f.name === 'Audience flow')!;
  expect(flow.audience).toEqual({
    type: 'any',
    conditions: [
      { type: 'trait', key: 'plan', op: 'eq', value: 'trial' },
      {
        type: 'not',
        condition: {
          type: 'all',
          conditions: [
            { type: 'trait', key: 'role', op: 'eq', value: 'admin' },
            { type: 'element', anchor: expect.objectContaining({ selectors: expect.arrayContaining([expect.objectContaining({ kind: 'testid', value: '[data-testid="connect-chatbot"]' })]) }) },
          ],
        },
      },
    ],
  });
});

test('an existing milestone is renamed, restaged and given several sources (event, page, clicked element) without changing its id', async ({ builder }) => {
  test.setTimeout(90_000);
  const { app, panel } = builder;
  await builder.connect();
  await panel.getByRole('tab', { name: 'Milestones' }).click();
  await panel.getByLabel('Milestone name').fill('Integration live');
  await panel.getByLabel('Event name').fill('integration_connected');
  await panel.getByRole('button', { name: 'From an event' }).click();
  const row = panel.locator('[data-milestone="integration-live"]');
  await expect(row).toContainText('reached by event "integration_connected"');

  await row.getByRole('button', { name: 'Edit milestone Integration live' }).click();
  const editor = row.getByRole('group', { name: /^Edit milestone/ });
  await editor.getByLabel('Stage').selectOption('adoption');
  await editor.getByRole('button', { name: 'Add a page' }).click();
  await expect(editor.getByLabel('Source 2 page URL')).toHaveValue('/integrations');
  await editor.getByLabel('Source 2 page match').selectOption('glob');
  await commit(editor.getByLabel('Source 2 page URL'), '/integrations/**');
  await editor.getByRole('button', { name: 'Add a clicked element' }).click();
  await app.getByTestId('connect-chatbot').click();
  await expect(editor.getByRole('group', { name: 'Source 3' }).locator('[data-anchor-label]')).toHaveText('button "Connect chatbot"');
  await commit(editor.getByLabel('Source 1 event name'), 'chatbot_live');
  await expect(row).toContainText('event "chatbot_live" or visit (glob) /integrations/** or click on button "Connect chatbot"');
  await editor.getByRole('button', { name: 'Remove source 1' }).click();
  await commit(editor.getByLabel('Rename milestone'), 'Chatbot is live');
  await expect(row).toContainText('Chatbot is live adoption reached by visit (glob) /integrations/** or click on button "Connect chatbot"');
  await expect(editor.getByRole('button', { name: 'Remove source 1' })).toBeEnabled();
  await editor.getByRole('button', { name: 'Remove source 2' }).click();
  await expect(editor.getByRole('button', { name: 'Remove source 1' })).toBeDisabled();

  // Saved: after a reload of the panel the same id carries the new definition.
  await panel.reload();
  await panel.getByRole('tab', { name: 'Milestones' }).click();
  await expect(panel.locator('[data-milestone="integration-live"]')).toContainText('Chatbot is live adoption reached by visit (glob) /integrations/**');
  const milestone = (await exportBundle(panel)).milestones!.find((m) => m.id === 'integration-live');
  expect(milestone).toEqual({ id: 'integration-live', name: 'Chatbot is live', stage: 'adoption', reachedBy: [{ type: 'url', rule: { type: 'glob', value: '/integrations/**' } }] });
});

test('rich content has underline, code, new-tab links and sized images; steps set progress and how long to wait for a missing element', async ({ builder }) => {
  test.setTimeout(90_000);
  const { app, panel } = builder;
  await builder.connect();
  await createFlow(panel, 'Rich tour', 'Tour');
  await panel.getByRole('button', { name: 'Add modal step' }).click();
  const editor = panel.getByRole('textbox', { name: 'Content', exact: true });
  await editor.fill('Plain under code link');
  await selectWord(editor, 'under');
  await panel.getByRole('button', { name: 'Underline' }).click();
  await selectWord(editor, 'code');
  await panel.getByRole('button', { name: 'Code' }).click();
  await selectWord(editor, 'link');
  await panel.getByRole('button', { name: 'Link' }).click();
  await panel.getByLabel('Link URL').fill('https://example.com/docs');
  await panel.getByRole('form', { name: 'Insert link' }).getByLabel('Open in a new tab').check();
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  await editor.press('ControlOrMeta+End');
  await panel.getByRole('button', { name: 'Image' }).click();
  await panel.getByLabel('Image URL').fill('/logo.png');
  await panel.getByLabel('Image description').fill('Chatly logo');
  await panel.getByLabel('Image width (px)').fill('120');
  await panel.getByLabel('Image height (px)').fill('40');
  await panel.getByRole('button', { name: 'Insert', exact: true }).click();
  // Click the image to resize it.
  await editor.locator('img').click();
  await panel.getByRole('button', { name: 'Image' }).click();
  const edit = panel.getByRole('form', { name: 'Edit image' });
  await expect(edit.getByLabel('Image width (px)')).toHaveValue('120');
  await edit.getByLabel('Image width (px)').fill('200');
  await edit.getByRole('button', { name: 'Apply' }).click();
  await moreOptions(panel);
  await panel.getByLabel('Progress (“2 of 5”)').selectOption('hide');

  await panel.getByRole('button', { name: 'Add tooltip step' }).click();
  await panel.getByRole('button', { name: 'Pick element' }).click();
  await app.getByTestId('connect-chatbot').click();
  await expect(panel.locator('[data-anchor-matches]')).toHaveText('1 match on this page');
  await moreOptions(panel);
  await panel.getByLabel('If the element is missing').selectOption('skip');
  await commit(panel.getByLabel('Wait for the element (seconds)'), '5');
  await expect(panel.locator('.problems')).toHaveCount(0);

  const flow = (await exportBundle(panel)).flows.find((f) => f.name === 'Rich tour')!;
  const [modal, tooltip] = flow.steps as Array<Record<string, unknown>>;
  expect(modal!.content).toEqual([
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Plain ' },
        { type: 'text', text: 'under', marks: ['underline'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'code', marks: ['code'] },
        { type: 'text', text: ' ' },
        { type: 'link', href: 'https://example.com/docs', newTab: true, children: [{ type: 'text', text: 'link' }] },
      ],
    },
    { type: 'image', src: '/logo.png', alt: 'Chatly logo', width: 200, height: 40 },
  ]);
  expect(modal!.showProgress).toBe(false);
  expect(tooltip!.onMissing).toEqual({ policy: 'skip', timeoutMs: 5000 });
});

test('translations cover survey labels, follow-up and thank-you, and checklist item descriptions', async ({ builder }) => {
  test.setTimeout(90_000);
  const { panel } = builder;
  await panel.getByRole('tab', { name: 'Milestones' }).click();
  await panel.getByLabel('Milestone name').fill('Invited');
  await panel.getByLabel('Event name').fill('teammate_invited');
  await panel.getByRole('button', { name: 'From an event' }).click();
  await expect(panel.locator('[data-milestone="invited"]')).toBeVisible();

  await createFlow(panel, 'Survey', 'Survey');
  await panel.getByLabel('Ask a follow-up question').check();
  await commit(panel.getByLabel('Follow-up placeholder'), 'Optional');
  await commit(panel.getByLabel('Thank-you message'), 'Thanks!');
  await panel.getByRole('tab', { name: 'Translations' }).click();
  await panel.getByLabel('New locale').fill('de');
  await panel.getByRole('button', { name: 'Add translation' }).click();
  await commit(panel.getByLabel('Low label (de)'), 'Unwahrscheinlich');
  await commit(panel.getByLabel('High label (de)'), 'Sehr wahrscheinlich');
  await commit(panel.getByLabel('Follow-up question (de)'), 'Warum?');
  await commit(panel.getByLabel('Thank-you message (de)'), 'Danke!');

  await createFlow(panel, 'Setup list', 'Checklist');
  await panel.getByRole('button', { name: 'Add item' }).click();
  await commit(panel.getByLabel('Item description'), 'Share the inbox.');
  await panel.getByRole('tab', { name: 'Translations' }).click();
  await panel.getByLabel('New locale').fill('de');
  await panel.getByRole('button', { name: 'Add translation' }).click();
  await commit(panel.getByLabel('Item "Invited" description (de)'), 'Teile den Posteingang.');

  const bundle = await exportBundle(panel);
  const survey = bundle.flows.find((f) => f.name === 'Survey')!;
  expect(survey.steps[0]).toMatchObject({ survey: { followUp: { placeholder: 'Optional' }, thankYou: 'Thanks!' } });
  expect(survey.locales?.translations.de?.steps?.[survey.steps[0]!.id]?.survey).toEqual({
    lowLabel: 'Unwahrscheinlich', highLabel: 'Sehr wahrscheinlich', followUp: 'Warum?', thankYou: 'Danke!',
  });
  const checklist = bundle.flows.find((f) => f.name === 'Setup list')!;
  const item = checklist.checklist!.items[0]!;
  expect(checklist.locales?.translations.de?.checklist?.items?.[item.id]).toEqual({ description: 'Teile den Posteingang.' });
});

test('without a team server, "Publish this flow" marks only that flow published and its release keeps the others as published', async ({ builder }) => {
  const { panel } = builder;
  const modal = (id: string, title: string) => ({ schemaVersion: 1, id, version: 1, name: id, kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' }, steps: [{ id: 's', type: 'modal', title }] });
  await openMenuView(panel, 'Export / import');
  await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify({ schemaVersion: 1, flows: [modal('one', 'One live'), modal('two', 'Two live')] }));
  await panel.getByRole('button', { name: 'Import bundle' }).click();
  await panel.getByRole('button', { name: 'Back', exact: true }).click();
  await panel.getByRole('button', { name: 'Publish all' }).click();
  await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
  await expect(lastToast(panel)).toHaveText('Published release 1 to Production.');

  const flowsList = panel.getByRole('list', { name: 'Flows' });
  for (const [name, title] of [['one', 'One draft'], ['two', 'Two draft']] as const) {
    await flowsList.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await commit(panel.getByLabel('Title', { exact: true }), title);
    await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live with unpublished changes');
    if (name === 'one') await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  }
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
  await expect(lastToast(panel)).toHaveText('Published release 2 to Production with this flow; other flows are unchanged.');
  await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  await expect(flowsList.getByRole('button', { name: /^one/ })).toContainText('Live with unpublished changes');
  await expect(flowsList.getByRole('button', { name: /^two/ })).toContainText(/Live$/);
  const live = await panel.evaluate(() => new Promise<unknown>((done) => {
    const open = indexedDB.open('waymark-builder');
    open.onsuccess = () => {
      const get = open.result.transaction('releases').objectStore('releases').get('live');
      get.onsuccess = () => done(get.result);
    };
  }));
  const titles = Object.fromEntries((live as { flows: Array<{ id: string; steps: Array<{ title: string }> }> }).flows.map((f) => [f.id, f.steps[0]!.title]));
  expect(titles).toEqual({ one: 'One live', two: 'Two draft' });
});
