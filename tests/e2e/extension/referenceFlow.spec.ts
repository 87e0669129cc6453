import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { expect, test } from '../../support/builder.ts';
import { commit, createFlow, openMenuView } from '../../support/panelActions.ts';

const reference = JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8')) as Bundle;


/**
 * A flow and its milestones with generated ids left out: milestone references become milestone
 * names, checklist item ids are dropped. A picked anchor is compared on its best selector plus
 * whatever else the reference states (the picker records more than a hand-written anchor).
 */
function comparable(flow: Flow, milestones: readonly Milestone[], referenceMilestones: readonly Milestone[]) {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const name = (id: string) => byId.get(id)?.name ?? `unknown milestone ${id}`;
  const { id: _flowId, goal, checklist, ...rest } = flow;
  return {
    ...rest,
    ...(goal ? { goal: { ...goal, milestone: name(goal.milestone) } } : {}),
    ...(checklist ? { checklist: { ...checklist, items: checklist.items.map(({ id: _itemId, milestone, ...item }) => ({ ...item, milestone: name(milestone) })) } } : {}),
    milestones: milestones
      .filter((m) => [goal?.milestone, ...(checklist?.items.map((i) => i.milestone) ?? [])].includes(m.id))
      .map(({ id: _id, ...m }) => ({
        ...m,
        reachedBy: m.reachedBy.map((source, i) => {
          if (source.type !== 'click') return source;
          const wanted = referenceMilestones.find((r) => r.name === m.name)?.reachedBy[i];
          return { type: 'click', anchor: anchorAsIn(source.anchor, wanted?.type === 'click' ? wanted.anchor : source.anchor) };
        }),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function anchorAsIn(anchor: Anchor, shape: Anchor): Partial<Anchor> {
  const out: Record<string, unknown> = { selectors: anchor.selectors.slice(0, 1) };
  for (const key of Object.keys(shape)) if (key !== 'selectors') out[key] = anchor[key as keyof Anchor];
  return out;
}

async function milestoneFromEvent(panel: Page, name: string, stage: string, event: string) {
  await panel.getByLabel('Milestone name').fill(name);
  await panel.getByLabel('Journey stage').selectOption(stage);
  await panel.getByLabel('Event name').fill(event);
  await panel.getByRole('button', { name: 'From an event' }).click();
  await expect(panel.getByRole('list', { name: 'Milestones' })).toContainText(`${name} ${stage} reached by event "${event}"`);
}

test('a PM builds the demo\'s activation checklist with the panel alone; the export matches the reference field by field', async ({ builder }) => {
  test.setTimeout(120_000);
  const { app, panel } = builder;
  await builder.connect();

  // Milestones: the first one is made from the page by mistake, then edited into the right one.
  await panel.getByRole('tab', { name: 'Milestones' }).click();
  await panel.getByLabel('Milestone name').fill('Chatbot conected');
  await panel.getByRole('button', { name: 'From the current page' }).click();
  const first = panel.locator('[data-milestone="chatbot-conected"]');
  await expect(first).toContainText('reached by visit /integrations');
  await first.getByRole('button', { name: 'Edit milestone Chatbot conected' }).click();
  const editor = first.getByRole('group', { name: /^Edit milestone/ });
  await commit(editor.getByLabel('Rename milestone'), 'Chatbot connected');
  await editor.getByLabel('Source 1 type').selectOption('event');
  await commit(editor.getByLabel('Source 1 event name'), 'integration_connected');
  await expect(first).toContainText('Chatbot connected activation reached by event "integration_connected"');
  await editor.getByRole('button', { name: 'Done editing' }).click();

  await milestoneFromEvent(panel, 'Widget customised', 'activation', 'widget_saved');
  await milestoneFromEvent(panel, 'Teammate invited', 'adoption', 'teammate_invited');
  await app.getByRole('link', { name: 'Settings' }).click();
  await expect(panel.locator('[data-connected-page]')).toContainText('/settings');
  await panel.getByLabel('Milestone name').fill('Snippet installed');
  await panel.getByLabel('Journey stage').selectOption('activation');
  await panel.getByRole('button', { name: 'From a clicked element' }).click();
  await app.getByTestId('copy-snippet').click();
  await expect(panel.locator('[data-milestone="snippet-installed"]')).toContainText('click on button');

  // The checklist flow.
  await createFlow(panel, 'Activation checklist', 'Checklist');

  await commit(panel.getByLabel('Checklist title'), 'Get your chatbot live');
  await commit(panel.getByLabel('Checklist description'), 'Four steps to your first automated answer.');
  await commit(panel.getByLabel('Launcher label'), 'Get started');
  await panel.getByLabel('Launcher position').selectOption('bottom-left');
  await expect(panel.getByLabel('Launcher position')).toHaveValue('bottom-left');
  await panel.getByLabel('Launcher position').selectOption('bottom-right');
  await expect(panel.getByLabel('Launcher position')).toHaveValue('bottom-right');
  const items = reference.flows.find((f) => f.id === 'activation-checklist')!.checklist!.items;
  const milestoneName = (id: string) => reference.milestones!.find((m) => m.id === id)!.name;
  for (const [i, item] of items.entries()) {
    await panel.getByRole('button', { name: 'Add item' }).click();
    const group = panel.getByRole('group', { name: `Item ${i + 1}` });
    await commit(group.getByLabel('Item title'), item.title);
    await commit(group.getByLabel('Item description'), item.description!);
    await group.getByLabel('Done when').selectOption({ label: milestoneName(item.milestone) });
    await group.getByLabel('On click').selectOption('url');
    await commit(group.getByLabel('URL', { exact: true }), (item.action as { url: string }).url);
  }

  await panel.getByRole('tab', { name: 'Settings' }).click();
  await panel.getByLabel('Show on 1 match').selectOption('glob');
  await commit(panel.getByLabel('Show on 1 URL'), '/**');
  await panel.getByLabel('Goal milestone').selectOption({ label: 'Snippet installed' });
  await panel.getByLabel('Journey stage').selectOption('activation');
  await expect(panel.getByLabel('Journey stage')).toHaveValue('activation');
  await expect(panel.locator('.problems')).toHaveCount(0);

  await openMenuView(panel, 'Export / import');
  await panel.getByRole('button', { name: 'Export bundle' }).click();
  await expect(panel.locator('[data-bundle-status]')).toContainText('Exported 1 flows and 4 milestones');
  const exported = JSON.parse(await panel.getByLabel('Exported bundle JSON').inputValue()) as Bundle;

  const built = exported.flows.find((f) => f.name === 'Activation checklist')!;
  const wanted = reference.flows.find((f) => f.id === 'activation-checklist')!;
  expect(built.id).toBe('activation-checklist');
  expect(comparable(built, exported.milestones!, reference.milestones!)).toEqual(comparable(wanted, reference.milestones!, reference.milestones!));
  // Every milestone of the reference project, not only those the checklist uses.
  const strip = (ms: readonly Milestone[]) => ms.map((m) => m.name).sort();
  expect(strip(exported.milestones!)).toEqual(strip(reference.milestones!));
});

test('a PM builds the demo\'s NPS survey with the panel alone; the export matches the reference field by field', async ({ builder }) => {
  test.setTimeout(60_000);
  const { panel } = builder;
  await builder.connect();
  const wanted = reference.flows.find((f) => f.id === 'nps-after-connect')!;
  const survey = (wanted.steps[0] as Extract<Flow['steps'][number], { type: 'survey' }>).survey;

  await createFlow(panel, wanted.name, 'Survey');
  await commit(panel.getByLabel('Question', { exact: true }), survey.question);
  await commit(panel.getByLabel('Low label'), survey.lowLabel!);
  await commit(panel.getByLabel('High label'), survey.highLabel!);
  await panel.getByLabel('Ask a follow-up question').check();
  await commit(panel.getByLabel('Follow-up question', { exact: true }), survey.followUp!.question);
  await commit(panel.getByLabel('Follow-up placeholder'), survey.followUp!.placeholder!);
  await commit(panel.getByLabel('Thank-you message'), survey.thankYou!);

  // A new flow targets the connected page (or, with no page, starts only from code): the
  // reference starts on an event instead.
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const showOn = panel.locator('.rule-list', { has: panel.getByRole('heading', { name: 'Show on' }) });
  while ((await showOn.locator('.rule').count()) > 0) {
    const before = await showOn.locator('.rule').count();
    await showOn.locator('.rule').first().getByRole('button', { name: 'Remove' }).click();
    await expect(showOn.locator('.rule')).toHaveCount(before - 1);
  }
  await panel.getByRole('radiogroup', { name: 'Start the flow' }).getByRole('radio', { name: 'On an event' }).click();
  await commit(panel.getByLabel('Start when this event is tracked'), 'integration_connected');
  await panel.getByLabel('Journey stage').selectOption('advocacy');
  await expect(panel.getByLabel('Journey stage')).toHaveValue('advocacy');
  await expect(panel.locator('.problems')).toHaveCount(0);

  await openMenuView(panel, 'Export / import');
  await panel.getByRole('button', { name: 'Export bundle' }).click();
  const exported = JSON.parse(await panel.getByLabel('Exported bundle JSON').inputValue()) as Bundle;
  const withoutIds = ({ id: _id, steps, ...flow }: Flow) => ({ ...flow, steps: steps.map(({ id: _stepId, ...step }) => step) });
  expect(withoutIds(exported.flows.find((f) => f.name === wanted.name)!)).toEqual(withoutIds(wanted));
});
