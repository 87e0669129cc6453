import { expect, test, type Page } from '@playwright/test';
import { FlowTranslation } from '../../shared/schema/locales.ts';
import { openApp, startSdk } from './support/fixtureApps.ts';

/** Every translatable field of FlowTranslation, as `a.b.*.c` paths (records as `*`), read off the schema itself. */
function translatablePaths(schema: unknown, prefix = ''): string[] {
  let def = (schema as { _zod: { def: any } })._zod.def;
  while (def.type === 'optional') def = def.innerType._zod.def;
  if (def.type === 'object') return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, value]) => translatablePaths(value, prefix ? `${prefix}.${key}` : key));
  if (def.type === 'record') {
    let value = def.valueType._zod.def;
    while (value.type === 'optional') value = value.innerType._zod.def;
    return value.type === 'object' ? translatablePaths(def.valueType, `${prefix}.*`) : [`${prefix}.*`];
  }
  return [prefix];
}

const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
const everywhere = { pages: { include: [{ type: 'glob', value: '/**' }] } };
const base = (id: string, kind: string, extra: Record<string, unknown>) => ({ schemaVersion: 2, id, version: 1, name: `Name ${id} (de)`, kind, frequency: { type: 'once' }, trigger: everywhere, ...extra });

/** One flow per kind, written in German (default `de`), with an English translation of every field. */
const flows = [
  base('tour', 'tour', {
    steps: [
      { id: 'untitled', type: 'modal', content: text('Inhalt (de)'), buttons: [{ id: 'go', label: 'Los (de)', action: { type: 'next' } }] },
      { id: 'second', type: 'modal', title: 'Zweiter Schritt (de)', content: text('Mehr (de)') },
    ],
    locales: { default: 'de', translations: { en: { name: 'Name tour (en)', steps: {
      untitled: { content: text('Content (en)'), buttons: { go: 'Go (en)' } },
      second: { title: 'Second step (en)', content: text('More (en)'), buttons: { back: 'Back (en)', done: 'Done (en)' } },
    } } } },
  }),
  base('nps', 'survey', {
    steps: [{ id: 'q', type: 'survey', survey: { kind: 'nps', question: 'Frage (de)', lowLabel: 'Niedrig (de)', highLabel: 'Hoch (de)', followUp: { question: 'Warum (de)' }, thankYou: 'Danke (de)' } }],
    locales: { default: 'de', translations: { en: { steps: { q: { survey: { question: 'Question (en)', lowLabel: 'Low (en)', highLabel: 'High (en)', followUp: 'Why (en)', thankYou: 'Thanks (en)' } } } } } },
  }),
  base('list', 'checklist', {
    steps: [],
    checklist: { title: 'Liste (de)', items: [{ id: 'add', title: 'Hinzufügen (de)', description: 'Beschreibung (de)', milestone: 'added' }] },
    locales: { default: 'de', translations: { en: { checklist: { title: 'List (en)', items: { add: { title: 'Add (en)', description: 'Description (en)' } } } } } },
  }),
  // Announced but never shown: unread in the resource center's "What's new".
  { ...base('promo', 'modal', { steps: [{ id: 'hi', type: 'modal', title: 'Neu hier (de)', content: text('Neu (de)') }] }), trigger: { manual: true } },
  base('help', 'resource-center', {
    frequency: { type: 'every_session' },
    steps: [],
    resourceCenter: {
      title: 'Hilfe (de)',
      launcher: { label: 'Hilfeknopf (de)' },
      searchUrl: 'https://kb.example/search?q={query}',
      labels: { search: 'Suchen (de)', noResults: 'Nichts für (de)', back: 'Zurück (de)', close: 'Schließen (de)', replay: 'Nochmal (de)', unread: 'Neu (de)', searchElsewhere: 'Im Wissen suchen (de)' },
      sections: [
        { id: 'tours', type: 'tours', title: 'Touren (de)', items: [{ id: 't1', flowId: 'tour', title: 'Rundgang (de)', summary: 'Kurz (de)' }] },
        { id: 'news', type: 'whats-new', title: 'Neues (de)', items: [{ id: 'n1', flowId: 'promo', title: 'Angebot (de)', date: '2026-11-30' }] },
        { id: 'kb', type: 'help', title: 'Artikel (de)', items: [{ id: 'a1', title: 'Erster Artikel (de)', summary: 'Worum es geht (de)', content: text('Text (de)') }] },
        { id: 'talk', type: 'contact', title: 'Kontakt (de)', label: 'Schreiben (de)', summary: 'Wir antworten (de)' },
      ],
    },
    locales: { default: 'de', translations: { en: { name: 'Name help (en)', resourceCenter: {
      title: 'Help (en)',
      launcherLabel: 'Help button (en)',
      labels: { search: 'Search (en)', noResults: 'Nothing for (en)', back: 'Back to list (en)', close: 'Close help (en)', replay: 'Replay (en)', unread: 'New (en)', searchElsewhere: 'Search the KB for (en)' },
      sections: { tours: { title: 'Tours (en)' }, news: { title: 'What is new (en)' }, kb: { title: 'Articles (en)' }, talk: { title: 'Contact (en)', label: 'Write to us (en)', summary: 'We answer (en)' } },
      items: { t1: { title: 'Walkthrough (en)', summary: 'Short (en)' }, a1: { title: 'First article (en)', summary: 'What it is about (en)', content: text('Text (en)') } },
    } } } },
  }),
];

/** Where each translatable field is seen, and what the user sees there. */
const seen: Record<string, (page: Page) => Promise<void>> = {};
const root = (page: Page) => page.locator('waymark-root');
const live = (page: Page) => page.locator('waymark-root [aria-live="polite"]');

test('every translatable field the schema offers is drawn in the user\'s locale (locale en, default de)', async ({ page }) => {
  const covered = new Set<string>();
  const see = async (path: string, check: () => Promise<void>) => {
    await check();
    covered.add(path);
  };
  await openApp(page, 'todo-list', { sdk: true });
  await startSdk(page, flows, { locale: 'en', autoStart: false });
  const modal = page.locator('waymark-root [data-wm-kind="modal"]');
  await page.evaluate(() => (window as any).waymark.start('tour'));
  await see('name', () => expect(live(page)).toHaveText('Name tour (en), step 1 of 2'));
  await see('steps.*.content', () => expect(modal).toContainText('Content (en)'));
  await see('steps.*.buttons.*', () => expect(modal.getByRole('button', { name: 'Go (en)' })).toBeVisible());
  await modal.getByRole('button', { name: 'Go (en)' }).click();
  await see('steps.*.title', () => expect(modal.getByRole('heading', { name: 'Second step (en)' })).toBeVisible());
  await expect(modal.getByRole('button', { name: 'Back (en)' })).toBeVisible();
  await modal.getByRole('button', { name: 'Done (en)' }).click();

  const survey = page.locator('waymark-root [data-wm-kind="survey"]');
  await page.evaluate(() => (window as any).waymark.start('nps'));
  await see('steps.*.survey.question', () => expect(survey).toContainText('Question (en)'));
  await see('steps.*.survey.lowLabel', () => expect(survey).toContainText('Low (en)'));
  await see('steps.*.survey.highLabel', () => expect(survey).toContainText('High (en)'));
  await survey.locator('.wm-rating-option[data-value="8"]').click();
  await see('steps.*.survey.followUp', () => expect(survey).toContainText('Why (en)'));
  await survey.getByRole('button', { name: 'Send' }).click();
  await see('steps.*.survey.thankYou', () => expect(survey).toContainText('Thanks (en)'));
  await survey.getByRole('button', { name: 'Close', exact: true }).click();

  await page.evaluate(() => (window as any).waymark.start('list'));
  const checklist = page.locator('waymark-root [data-wm-kind="checklist"]');
  await see('checklist.title', () => expect(checklist.locator('.wm-launcher')).toContainText('List (en)'));
  // Started by hand, the checklist opens.
  await see('checklist.items.*.title', () => expect(checklist).toContainText('Add (en)'));
  await see('checklist.items.*.description', () => expect(checklist).toContainText('Description (en)'));
  await expect(root(page)).not.toContainText('(de)');
  await checklist.getByRole('button', { name: 'Dismiss checklist' }).click();

  // The resource center: its panel, its chrome's words, its sections and items.
  const center = page.locator('waymark-root [data-wm-kind="resource-center"]');
  const launcher = center.locator('.wm-rc-launcher');
  await see('resourceCenter.launcherLabel', () => expect(launcher).toContainText('Help button (en)'));
  await see('resourceCenter.labels.unread', () => expect(launcher).toHaveAccessibleName(/, 1 new \(en\)$/));
  await launcher.click();
  const dialog = center.getByRole('dialog', { name: 'Help (en)' });
  await see('resourceCenter.title', () => expect(dialog).toBeVisible());
  await see('resourceCenter.labels.close', () => expect(dialog.getByRole('button', { name: 'Close help (en)' })).toBeVisible());
  await see('resourceCenter.sections.*.title', async () => {
    await expect(dialog.getByRole('heading', { level: 3 })).toHaveText(['Tours (en)', 'What is new (en)', 'Articles (en)', 'Contact (en)']);
  });
  await see('resourceCenter.items.*.title', () => expect(dialog.locator('.wm-rc-item', { hasText: 'Walkthrough (en)' })).toBeVisible());
  await see('resourceCenter.items.*.summary', () => expect(dialog.locator('.wm-rc-item', { hasText: 'Walkthrough (en)' })).toContainText('Short (en)'));
  // The tour was completed above, so it is offered again.
  await see('resourceCenter.labels.replay', () => expect(dialog.locator('.wm-rc-item', { hasText: 'Walkthrough (en)' })).toHaveAccessibleName(/\(replay \(en\)\)$/));
  await see('resourceCenter.sections.*.label', () => expect(dialog.getByRole('button', { name: 'Write to us (en)' })).toBeVisible());
  await see('resourceCenter.sections.*.summary', () => expect(dialog).toContainText('We answer (en)'));
  await dialog.locator('.wm-rc-item', { hasText: 'First article (en)' }).click();
  await see('resourceCenter.items.*.content', () => expect(dialog.locator('.wm-rc-article')).toContainText('Text (en)'));
  await see('resourceCenter.labels.back', () => expect(dialog.getByRole('button', { name: /Back to list \(en\)/ })).toBeVisible());
  await dialog.getByRole('button', { name: /Back to list \(en\)/ }).click();
  const search = dialog.getByRole('searchbox', { name: 'Search (en)' });
  await see('resourceCenter.labels.search', () => expect(search).toHaveAttribute('placeholder', 'Search (en)'));
  await search.fill('kubernetes');
  await see('resourceCenter.labels.noResults', () => expect(dialog.locator('.wm-rc-empty')).toHaveText('Nothing for (en) “kubernetes”'));
  await see('resourceCenter.labels.searchElsewhere', () => expect(dialog.getByRole('link', { name: /Search the KB for \(en\) “kubernetes”/ })).toBeVisible());
  await expect(root(page)).not.toContainText('(de)');

  expect([...covered].sort(), 'every field of FlowTranslation is checked above').toEqual(translatablePaths(FlowTranslation).sort());
});
