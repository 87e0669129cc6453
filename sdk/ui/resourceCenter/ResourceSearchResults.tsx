import { Icon } from './icons.tsx';
import { FlowRow, HelpRow } from './ResourceItems.tsx';
import type { ListedFlow, ListedHelp, ResourceLabels, ShownSection } from './resourceCenterContent.ts';
import type { ResourceChoice } from './ResourceCenterViewModel.ts';
import type { Searchable } from './searchResources.ts';

export type SearchHit =
  | { kind: 'help'; sectionId: string; help: ListedHelp }
  | { kind: 'tour' | 'whats-new'; sectionId: string; listed: ListedFlow };

/** What search looks through: help items, tours and announcements, by title and summary. */
export function searchEntries(sections: readonly ShownSection[]): Searchable<SearchHit>[] {
  return sections.flatMap((section): Searchable<SearchHit>[] => {
    if (section.type === 'help') return section.items.map((help) => ({ title: help.title, ...(help.summary ? { summary: help.summary } : {}), value: { kind: 'help', sectionId: section.id, help } }));
    if (section.type === 'tours' || section.type === 'whats-new') {
      const kind = section.type === 'tours' ? 'tour' : 'whats-new';
      return section.items.map((listed) => ({ title: listed.title, ...(listed.summary ? { summary: listed.summary } : {}), value: { kind, sectionId: section.id, listed } }));
    }
    return [];
  });
}

/** Results as the user types; none found says so and offers the knowledge base's own search. */
export function ResourceSearchResults({ onChoose, results, query, labels, searchUrl, onArticle }: { onChoose: (choice: ResourceChoice) => void; results: SearchHit[]; query: string; labels: ResourceLabels; searchUrl: string | undefined; onArticle: (item: ListedHelp) => void }) {
  const external = searchUrl ? searchUrl.split('{query}').join(encodeURIComponent(query)) : undefined;
  return (
    <section class="wm-rc-section wm-rc-results" aria-label={`${labels.search}: ${query}`}>
      {results.length ? (
        <ul class="wm-rc-list">
          {results.map((hit) => (
            <li key={hit.kind === 'help' ? hit.help.item.id : hit.listed.item.id}>
              {hit.kind === 'help'
                ? <HelpRow onChoose={onChoose} sectionId={hit.sectionId} help={hit.help} via="search" onArticle={onArticle} />
                : <FlowRow onChoose={onChoose} sectionId={hit.sectionId} listed={hit.listed} kind={hit.kind} via="search" labels={labels} isNew={false} />}
            </li>
          ))}
        </ul>
      ) : (
        <p class="wm-rc-empty">{labels.noResults} “{query}”</p>
      )}
      {external ? (
        <a class="wm-rc-external" href={external} target="_blank" rel="noopener noreferrer">
          <Icon name="search" size={16} />
          <span>{labels.searchElsewhere} “{query}”</span>
          <Icon name="external" size={14} />
        </a>
      ) : null}
    </section>
  );
}
