import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyTheme } from '../applyTheme.ts';
import { deepActiveElement, focusableIn, trapTab } from '../focus.ts';
import { Icon } from './icons.tsx';
import { resourceCenterContent, type ListedHelp } from './resourceCenterContent.ts';
import type { ResourceCenterViewModel, ResourceChoice } from './ResourceCenterViewModel.ts';
import { ResourceSections } from './ResourceSections.tsx';
import { ResourceArticle } from './ResourceArticle.tsx';
import { ResourceSearchResults, searchEntries } from './ResourceSearchResults.tsx';
import { searchResources } from './searchResources.ts';
import { chooseResource, reportSearch } from './chooseResource.ts';

/** How long typing must pause before a search counts as one the user made (reported once). */
const SEARCH_SETTLE_MS = 800;

/**
 * The resource center: a launcher (with the unread "What's new" count) and, when open, a dialog
 * with a search box over the help items, tours and announcements, and the sections the PM composed.
 * A full-screen sheet on phones.
 */
export function ResourceCenterView({ view }: { view: ResourceCenterViewModel }) {
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const launcher = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const newWhileOpen = useRef<ReadonlySet<string>>(new Set());
  const reported = useRef('');
  const [query, setQuery] = useState('');
  const latest = useRef({ view, query });
  latest.current = { view, query };
  const [article, setArticle] = useState<ListedHelp | null>(null);
  const content = resourceCenterContent(view);
  const { labels } = content;
  const rc = view.flow.resourceCenter!;
  const position = rc.launcher?.position ?? 'bottom-right';
  const ids = `wm-rc-${view.flow.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  const entries = searchEntries(content.sections);
  const trimmed = query.trim();
  const results = trimmed ? searchResources(entries, trimmed) : [];

  useLayoutEffect(() => {
    if (root.current) applyTheme(root.current, view.theme);
  }, [view.theme]);

  // Opening: remember where focus was, what was unread (marked "New" until closed), and move into the dialog.
  useLayoutEffect(() => {
    if (!view.open) return;
    returnFocus.current = deepActiveElement();
    newWhileOpen.current = new Set(content.unread);
    if (content.unread.length) view.markSeen(content.unread);
    const target = search.current ?? (panel.current ? focusableIn(panel.current)[1] : null);
    target?.focus({ preventScroll: true });
    return () => {
      flushSearch();
      setQuery('');
      setArticle(null);
    };
  }, [view.open]);

  // A search counts once typing pauses (or the panel closes), not on every keystroke.
  const flushSearch = () => {
    const { view: current, query: typed } = latest.current;
    const q = typed.trim();
    if (q.length < 2 || q === reported.current) return;
    reported.current = q;
    reportSearch(current, q, searchResources(searchEntries(resourceCenterContent(current).sections), q).length);
  };
  useEffect(() => {
    if (!trimmed) return;
    const timer = setTimeout(flushSearch, SEARCH_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [trimmed]);

  const close = () => {
    const inside = panel.current?.contains(deepActiveElement()) ?? false;
    view.onClose();
    if (!inside) return;
    // Back where the user was (the launcher, or the app's own help button), else the launcher.
    const before = returnFocus.current;
    const back = before instanceof HTMLElement && before.isConnected && before !== document.body ? before : launcher.current;
    back?.focus({ preventScroll: true });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!view.open || !panel.current) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      // Escape steps back: out of an article, then out of a search, then out of the dialog.
      if (article) return setArticle(null);
      if (query && event.target === search.current) return setQuery('');
      return close();
    }
    trapTab(event, panel.current);
  };

  const onSearchKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') flushSearch();
    if (event.key !== 'ArrowDown') return;
    const first = panel.current?.querySelector<HTMLElement>('.wm-rc-body .wm-rc-item');
    if (first) {
      event.preventDefault();
      first.focus();
    }
  };

  const openArticle = (item: ListedHelp) => setArticle(item);
  // A click on a result settles the search that found it.
  const choose = (choice: ResourceChoice) => {
    flushSearch();
    chooseResource(view, choice);
  };
  const unreadCount = content.unread.length;
  const launcherName = [content.launcherLabel || content.title, content.progress, unreadCount ? `${unreadCount} ${labels.unread.toLowerCase()}` : ''].filter(Boolean).join(', ');
  const status = !trimmed ? '' : results.length ? `${results.length} ${results.length === 1 ? 'result' : 'results'}` : `${labels.noResults} “${trimmed}”`;

  return (
    <div ref={root} class={`wm-rc wm-rc-${position}${rc.launcher?.hidden ? ' wm-rc-no-launcher' : ''}`} data-wm-flow={view.flow.id} data-wm-kind="resource-center" onKeyDown={onKeyDown}>
      {view.open ? (
        <div ref={panel} class="wm-card wm-rc-panel" id={`${ids}-panel`} role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`}>
          <div class="wm-rc-header">
            <h2 class="wm-title wm-rc-title" id={`${ids}-title`}>{content.title}</h2>
            <button type="button" class="wm-rc-icon-btn" aria-label={labels.close} data-wm-close="" onClick={close}>
              <Icon name="close" size={18} />
            </button>
          </div>
          {entries.length ? (
            <div class="wm-rc-search" role="search">
              <Icon name="search" size={16} />
              <input
                ref={search}
                type="search"
                class="wm-rc-search-input"
                aria-label={labels.search}
                placeholder={labels.search}
                aria-controls={`${ids}-body`}
                aria-describedby={`${ids}-status`}
                autocomplete="off"
                value={query}
                onInput={(e) => {
                  setArticle(null);
                  setQuery((e.currentTarget as HTMLInputElement).value);
                }}
                onKeyDown={onSearchKey}
              />
              {query ? (
                <button type="button" class="wm-rc-clear" aria-label={`Clear ${labels.search.toLowerCase()}`} onClick={() => { setQuery(''); search.current?.focus(); }}>
                  <Icon name="close" size={14} />
                </button>
              ) : null}
            </div>
          ) : null}
          <div class="wm-rc-body" id={`${ids}-body`}>
            {article ? (
              <ResourceArticle article={article} backLabel={labels.back} onBack={() => setArticle(null)} />
            ) : trimmed ? (
              <ResourceSearchResults onChoose={choose} results={results} query={trimmed} labels={labels} searchUrl={content.searchUrl} onArticle={openArticle} />
            ) : (
              <ResourceSections onChoose={choose} sections={content.sections} labels={labels} newIds={newWhileOpen.current} onArticle={openArticle} />
            )}
          </div>
          <div class="wm-live" role="status" id={`${ids}-status`}>{status}</div>
        </div>
      ) : null}
      {view.launcherShown ? (
        <button
          ref={launcher}
          type="button"
          class={`wm-rc-launcher${content.launcherLabel || content.progress ? '' : ' wm-rc-launcher-icon'}`}
          aria-expanded={view.open}
          aria-controls={`${ids}-panel`}
          aria-haspopup="dialog"
          aria-label={launcherName}
          onClick={() => (view.open ? close() : view.onOpen())}
        >
          <Icon name={rc.launcher?.icon ?? 'help'} size={20} />
          {content.launcherLabel ? <span aria-hidden="true">{content.launcherLabel}</span> : null}
          {content.progress ? <span class="wm-launcher-count" aria-hidden="true">{content.progress}</span> : null}
          {unreadCount ? <span class="wm-rc-badge" aria-hidden="true" data-wm-unread={String(unreadCount)}>{unreadCount}</span> : null}
        </button>
      ) : null}
    </div>
  );
}
