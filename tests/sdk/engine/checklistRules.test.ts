import { describe, expect, it } from 'vitest';
import { checklistItemClicked, closesOnNavigation, startChecklist, syncChecklist } from '../../../sdk/engine/rules/checklistRules.ts';
import type { Effect } from '../../../sdk/engine/rules/effects.ts';
import type { ChecklistItem } from '../../../shared/schema/checklist.ts';
import { flow, saved } from './fixtures.ts';

const item = (id: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({ id, title: id, milestone: `m-${id}`, ...extra }) as ChecklistItem;
const list = (pinned = false) => flow('list', { kind: 'checklist', steps: [], frequency: { type: 'until_completed' }, checklist: { title: 'Get started', pinned, items: [item('invite'), item('connect')] } } as never);
const types = (effects: Effect[]) => effects.map((e) => (e.type === 'emit' ? `emit:${e.event}` : e.type));
const reachedOnly = (...ids: string[]) => (milestone: string) => ids.includes(milestone);

describe('checklists', () => {
  it('a triggered checklist starts closed (its launcher), one asked for by start() opens', () => {
    const triggered = startChecklist(list(), undefined, false, false, reachedOnly(), 10, 's');
    expect(triggered[0]).toMatchObject({ type: 'save', changes: { status: 'active', starts: 1, open: false, sessionId: 's' } });
    expect(types(triggered)).toEqual(['save', 'emit:flow_started', 'render']);
    expect(startChecklist(list(), undefined, false, true, reachedOnly(), 10, 's')[0]).toMatchObject({ changes: { open: true } });
  });

  it('resumed by start() it opens; resumed by a trigger it stays as it was', () => {
    expect(startChecklist(list(), saved('list'), true, true, reachedOnly(), 10, 's')).toEqual([{ type: 'save', flowId: 'list', changes: { open: true } }, { type: 'render' }]);
    expect(startChecklist(list(), saved('list'), true, false, reachedOnly(), 10, 's')).toEqual([{ type: 'render' }]);
  });

  it('items tick off from milestones reached (even before it was first shown), each reported once', () => {
    const effects = syncChecklist(list(), saved('list'), reachedOnly('m-invite'), 10);
    expect(effects).toEqual([
      { type: 'emit', event: 'checklist_item_completed', fields: { flowId: 'list', flowVersion: 1, props: { item: 'invite', milestone: 'm-invite' } } },
      { type: 'save', flowId: 'list', changes: { completedItems: ['invite'] } },
    ]);
    expect(syncChecklist(list(), saved('list', { completedItems: ['invite'] }), reachedOnly('m-invite'), 10)).toEqual([]);
  });

  it('the last item ticked completes the checklist', () => {
    const effects = syncChecklist(list(), saved('list', { completedItems: ['invite'] }), reachedOnly('m-invite', 'm-connect'), 10);
    expect(types(effects)).toEqual(['emit:checklist_item_completed', 'save', 'save', 'emit:flow_completed']);
    expect(effects[2]).toMatchObject({ changes: { status: 'completed', completedAt: 10 } });
  });

  it('a click on an item closes the panel and follows its action', () => {
    const goes = checklistItemClicked(list(), item('connect', { action: { type: 'url', url: '/integrations' } }));
    expect(types(goes)).toEqual(['emit:checklist_item_clicked', 'save', 'render', 'navigate']);
    expect(checklistItemClicked(list(), item('tour', { action: { type: 'start_flow', flowId: 'tour' } })).at(-1)).toEqual({ type: 'start_flow', flowId: 'tour' });
    expect(checklistItemClicked(list(), item('x', { action: { type: 'track', event: 'asked' } })).at(-1)).toEqual({ type: 'track', name: 'asked' });
  });

  it('an open panel closes on navigation unless pinned', () => {
    expect(closesOnNavigation(list(), saved('list', { open: true }))).toBe(true);
    expect(closesOnNavigation(list(true), saved('list', { open: true }))).toBe(false);
    expect(closesOnNavigation(list(), saved('list', { open: false }))).toBe(false);
  });
});
