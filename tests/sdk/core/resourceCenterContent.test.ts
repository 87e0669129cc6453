import { describe, expect, it } from 'vitest';
import { parseFlow } from '../../../shared/schema/parse.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { resourceCenterContent } from '../../../sdk/ui/resourceCenter/resourceCenterContent.ts';
import { searchEntries } from '../../../sdk/ui/resourceCenter/ResourceSearchResults.tsx';
import { searchResources } from '../../../sdk/ui/resourceCenter/searchResources.ts';
import { chooseResource } from '../../../sdk/ui/resourceCenter/chooseResource.ts';
import type { ResourceCenterViewModel } from '../../../sdk/ui/resourceCenter/ResourceCenterViewModel.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import { listedFlows, resourceCenterFlow } from '../../fixtures/resourceCenter.ts';

const parse = (doc: unknown): Flow => {
  const result = parseFlow(doc);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
};

function viewOf(options: { traits?: Record<string, unknown>; seen?: string[]; seenFlows?: string[]; completed?: string[]; reached?: string[]; locale?: string; center?: Record<string, any>; flows?: Flow[] } = {}): ResourceCenterViewModel {
  const flow = parse(options.center ?? resourceCenterFlow());
  const context = { now: Date.now(), traits: options.traits ?? {}, eventCounts: () => 0, flowStates: {}, milestones: new Set<string>(), device: { width: 1280, touch: false }, elementPresent: () => false };
  return {
    flow,
    flows: options.flows ?? listedFlows().map(parse),
    open: true,
    launcherShown: true,
    ...(options.locale ? { locale: options.locale } : {}),
    seen: new Set(options.seen ?? []),
    inAudience: (condition) => !condition || evaluateCondition(condition, context),
    flowState: (id) => ({ seen: options.seenFlows?.includes(id) ?? false, completed: options.completed?.includes(id) ?? false }),
    reached: (id) => options.reached?.includes(id) ?? false,
    onOpen: () => {}, onClose: () => {}, emit: () => {}, start: () => {}, navigate: () => {}, track: () => {}, markSeen: () => {},
  };
}

describe('what the resource center shows', () => {
  it('lists the sections in order, with checklist progress, tour state and unread announcements', () => {
    const shown = resourceCenterContent(viewOf({ reached: ['connected'], completed: ['intro-tour'] }));
    expect(shown.sections.map((s) => s.type)).toEqual(['checklists', 'tours', 'whats-new', 'help', 'contact']);
    const [checklists, tours, news] = shown.sections;
    expect(checklists).toMatchObject({ title: 'Get set up', checklists: [{ title: 'Get set up', done: new Set(['connect']) }] });
    expect(tours).toMatchObject({ title: 'Tours', items: [{ title: 'Product tour', completed: true }] });
    expect(news).toMatchObject({ title: "What's new", items: [{ title: 'Dark mode is here', unread: true }] });
    expect(shown.unread).toEqual(['news-dark']);
  });

  it('counts an announcement read once seen in the resource center or shown as a flow', () => {
    expect(resourceCenterContent(viewOf({ seen: ['news-dark'] })).unread).toEqual([]);
    expect(resourceCenterContent(viewOf({ seenFlows: ['news-modal'] })).unread).toEqual([]);
  });

  it('applies audience rules per item and per section, and leaves out flows the release does not have', () => {
    const titles = (view: ResourceCenterViewModel) => resourceCenterContent(view).sections.flatMap((s) => ('items' in s ? s.items.map((i) => i.title) : []));
    expect(titles(viewOf())).not.toContain('Admin-only settings');
    expect(titles(viewOf({ traits: { role: 'admin' } }))).toContain('Admin-only settings');
    const center = resourceCenterFlow();
    center.resourceCenter.sections[4].audience = { type: 'trait', key: 'plan', op: 'eq', value: 'paid' };
    expect(resourceCenterContent(viewOf({ center })).sections.map((s) => s.type)).not.toContain('contact');
    const withoutTour = listedFlows().filter((f) => f.id !== 'intro-tour').map(parse);
    expect(resourceCenterContent(viewOf({ flows: withoutTour })).sections.map((s) => s.type)).not.toContain('tours');
  });

  it('speaks the user language where the flow has a translation', () => {
    const center = resourceCenterFlow();
    center.locales = { default: 'en', translations: { de: { resourceCenter: { title: 'Hilfe', labels: { search: 'Hilfe durchsuchen' }, sections: { help: { title: 'Artikel' } }, items: { install: { title: 'Widget einbauen' } } } } } };
    const shown = resourceCenterContent(viewOf({ center, locale: 'de-AT' }));
    expect(shown.title).toBe('Hilfe');
    expect(shown.labels.search).toBe('Hilfe durchsuchen');
    expect(shown.labels.back).toBe('Back');
    expect(shown.sections.find((s) => s.type === 'help')).toMatchObject({ title: 'Artikel', items: [{ title: 'Widget einbauen' }, {}, {}] });
  });
});

describe('search', () => {
  const entries = searchEntries(resourceCenterContent(viewOf()).sections);
  const titles = (query: string) => searchResources(entries, query).map((hit) => (hit.kind === 'help' ? hit.help.title : hit.listed.title));

  it('finds items by title and summary, every word, ignoring case and accents', () => {
    expect(titles('brand')).toEqual(['Match your brand colours']);
    expect(titles('AVATAR')).toEqual(['Match your brand colours']);
    expect(titles('snippet body')).toEqual(['Install the widget']);
    expect(titles('dárk')).toEqual(['Dark mode is here']);
    expect(titles('tour')).toEqual(['Product tour']);
  });

  it('puts title matches before summary matches, and finds nothing for what is not there', () => {
    const ranked = searchResources([{ title: 'Billing', summary: 'Widget invoices', value: 'b' }, { title: 'Widget setup', value: 'w' }], 'widget');
    expect(ranked).toEqual(['w', 'b']);
    expect(titles('kubernetes')).toEqual([]);
    expect(titles('   ')).toEqual([]);
  });
});

describe('what a choice does', () => {
  /** A view whose actions are written down in order. */
  function recording(options: Parameters<typeof viewOf>[0] = {}) {
    const log: unknown[][] = [];
    const view: ResourceCenterViewModel = {
      ...viewOf(options),
      onClose: () => log.push(['close']),
      emit: (type, props, about) => log.push(['emit', type, props, ...(about ? [about.id] : [])]),
      start: (id) => log.push(['start', id]),
      navigate: (url, newTab) => log.push(['navigate', url, newTab]),
      track: (name) => log.push(['track', name]),
      markSeen: (ids) => log.push(['seen', ...ids]),
    };
    return { view, log };
  }
  const shown = resourceCenterContent(viewOf());
  const item = (sectionId: string, id: string) => (shown.sections.find((s) => s.id === sectionId) as { items: Array<{ item: { id: string } }> }).items.find((i) => i.item.id === id)!.item as never;

  it('replays a tour, saying whether it was completed before, and closes first', () => {
    const { view, log } = recording({ completed: ['intro-tour'] });
    chooseResource(view, { kind: 'tour', sectionId: 'tours', item: item('tours', 'replay-tour'), via: 'list' });
    expect(log).toEqual([
      ['emit', 'resource_center_item_clicked', { section: 'tours', item: 'replay-tour', kind: 'tour', via: 'list' }],
      ['emit', 'resource_center_tour_replayed', { section: 'tours', item: 'replay-tour', tour: 'intro-tour', completedBefore: true }],
      ['close'],
      ['start', 'intro-tour'],
    ]);
  });

  it('shows an announcement again and counts it seen; follows a link; opens an article in place; calls the app for contact', () => {
    const news = recording();
    chooseResource(news.view, { kind: 'whats-new', sectionId: 'news', item: item('news', 'news-dark'), via: 'search' });
    expect(news.log.slice(1)).toEqual([['seen', 'news-dark'], ['close'], ['start', 'news-modal']]);
    const link = recording();
    chooseResource(link.view, { kind: 'help', sectionId: 'help', item: item('help', 'billing'), via: 'list' });
    expect(link.log.slice(1)).toEqual([['navigate', 'https://example.com/billing', true]]);
    const article = recording();
    chooseResource(article.view, { kind: 'help', sectionId: 'help', item: item('help', 'brand'), via: 'list' });
    expect(article.log).toEqual([['emit', 'resource_center_item_clicked', { section: 'help', item: 'brand', kind: 'help', via: 'list' }]]);
    const contact = recording();
    chooseResource(contact.view, { kind: 'contact', sectionId: 'contact' });
    expect(contact.log).toEqual([['emit', 'resource_center_contact', { section: 'contact' }], ['close']]);
  });
});
