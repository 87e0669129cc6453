import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './icons.tsx';
import type { ListedFlow, ListedHelp, ResourceLabels } from './resourceCenterContent.ts';
import type { ResourceChoice, ResourceVia } from './ResourceCenterViewModel.ts';

function Row({ icon, title, summary, trail, children }: { icon: IconName; title: string; summary?: string | undefined; trail?: IconName; children?: ComponentChildren }) {
  return (
    <>
      <span class="wm-rc-item-icon" aria-hidden="true"><Icon name={icon} size={16} /></span>
      <span class="wm-rc-item-text">
        <span class="wm-rc-item-title">{title}{children}</span>
        {summary ? <span class="wm-rc-item-summary">{summary}</span> : null}
      </span>
      {trail ? <span class="wm-rc-item-trail" aria-hidden="true"><Icon name={trail} size={16} /></span> : null}
    </>
  );
}

/** A help item: a link to where it points, or a button opening its content in the panel. */
export function HelpRow({ onChoose, sectionId, help, via, onArticle }: { onChoose: (choice: ResourceChoice) => void; sectionId: string; help: ListedHelp; via: ResourceVia; onArticle: (item: ListedHelp) => void }) {
  const { item } = help;
  const choose = () => onChoose({ kind: 'help', sectionId, item, via });
  if (item.url === undefined) {
    return (
      <button type="button" class="wm-rc-item" data-wm-item={item.id} onClick={() => { choose(); onArticle(help); }}>
        <Row icon="book" title={help.title} summary={help.summary} trail="chevron" />
      </button>
    );
  }
  return (
    <a
      class="wm-rc-item"
      data-wm-item={item.id}
      href={item.url}
      {...(item.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      onClick={(event) => {
        // The SDK follows the link (SPA routing on this origin, a new tab when asked).
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        choose();
      }}
    >
      <Row icon="book" title={help.title} summary={help.summary} trail={item.newTab ? 'external' : 'chevron'} />
    </a>
  );
}

/** A tour to replay, or a past announcement to see again. */
export function FlowRow({ onChoose, sectionId, listed, kind, via, labels, isNew }: { onChoose: (choice: ResourceChoice) => void; sectionId: string; listed: ListedFlow; kind: 'tour' | 'whats-new'; via: ResourceVia; labels: ResourceLabels; isNew: boolean }) {
  const { item } = listed;
  const state = kind === 'tour' && listed.completed ? ` (${labels.replay.toLowerCase()})` : '';
  return (
    <button type="button" class="wm-rc-item" data-wm-item={item.id} data-wm-new={isNew ? 'true' : 'false'} aria-label={`${listed.title}${isNew ? `, ${labels.unread.toLowerCase()}` : ''}${state}`} onClick={() => onChoose({ kind, sectionId, item, via })}>
      <Row icon={kind === 'tour' ? 'play' : 'sparkles'} title={listed.title} summary={[item.date, listed.summary].filter(Boolean).join(' · ') || undefined} trail={kind === 'tour' && listed.completed ? 'check' : 'chevron'}>
        {isNew ? <span class="wm-rc-new">{labels.unread}</span> : null}
      </Row>
    </button>
  );
}
