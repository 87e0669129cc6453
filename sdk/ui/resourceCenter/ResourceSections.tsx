import { Icon } from './icons.tsx';
import { FlowRow, HelpRow } from './ResourceItems.tsx';
import type { ListedChecklist, ListedHelp, ResourceLabels, ShownSection } from './resourceCenterContent.ts';
import type { ResourceChoice } from './ResourceCenterViewModel.ts';

function ChecklistBlock({ onChoose, sectionId, listed, showTitle }: { onChoose: (choice: ResourceChoice) => void; sectionId: string; listed: ListedChecklist; showTitle: boolean }) {
  const total = listed.items.length;
  const count = listed.items.filter((item) => listed.done.has(item.id)).length;
  const progress = `${count} of ${total}`;
  return (
    <div class="wm-rc-checklist" data-wm-kind="checklist" data-wm-flow={listed.flow.id}>
      {showTitle ? <span class="wm-rc-checklist-title">{listed.title}</span> : null}
      <div class="wm-rc-progress">
        <div class="wm-checklist-progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={count} aria-valuetext={progress} aria-label={`${listed.title} progress`}>
          <span class="wm-checklist-bar" data-filled={String(Math.round((count / total) * 10))} />
        </div>
        <span class="wm-rc-checklist-count" aria-hidden="true">{progress}</span>
      </div>
      <ul class="wm-checklist-items">
        {listed.items.map((item) => {
          const complete = listed.done.has(item.id);
          return (
            <li key={item.id}>
              <button type="button" class="wm-checklist-item wm-rc-item" data-wm-item={item.id} data-done={complete ? 'true' : 'false'} onClick={() => onChoose({ kind: 'checklist', sectionId, flow: listed.flow, item })}>
                <span class="wm-check" aria-hidden="true">{complete ? <Icon name="check" size={12} /> : null}</span>
                <span class="wm-checklist-text">
                  <span class="wm-checklist-item-title">{item.title}</span>
                  {item.description ? <span class="wm-checklist-item-description">{item.description}</span> : null}
                </span>
                <span class="wm-live">{complete ? 'done' : 'not done'}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The sections the PM composed, in their order, each a labelled group with its list. */
export function ResourceSections({ onChoose, sections, labels, newIds, onArticle }: { onChoose: (choice: ResourceChoice) => void; sections: ShownSection[]; labels: ResourceLabels; newIds: ReadonlySet<string>; onArticle: (item: ListedHelp) => void }) {
  return (
    <>
      {sections.map((section) => {
        const headingId = `wm-rc-section-${section.id}`;
        return (
          <section key={section.id} class={`wm-rc-section wm-rc-section-${section.type}`} aria-labelledby={headingId} data-wm-section={section.id}>
            <h3 class="wm-rc-section-title" id={headingId}>{section.title}</h3>
            {section.type === 'checklists'
              ? section.checklists.map((listed) => <ChecklistBlock key={listed.flow.id} onChoose={onChoose} sectionId={section.id} listed={listed} showTitle={listed.title !== section.title} />)
              : null}
            {section.type === 'tours' || section.type === 'whats-new' ? (
              <ul class="wm-rc-list">
                {section.items.map((listed) => (
                  <li key={listed.item.id}>
                    <FlowRow onChoose={onChoose} sectionId={section.id} listed={listed} kind={section.type === 'tours' ? 'tour' : 'whats-new'} via="list" labels={labels} isNew={newIds.has(listed.item.id)} />
                  </li>
                ))}
              </ul>
            ) : null}
            {section.type === 'help' ? (
              <ul class="wm-rc-list">
                {section.items.map((help) => (
                  <li key={help.item.id}><HelpRow onChoose={onChoose} sectionId={section.id} help={help} via="list" onArticle={onArticle} /></li>
                ))}
              </ul>
            ) : null}
            {section.type === 'contact' ? (
              <div class="wm-rc-contact">
                {section.summary ? <p class="wm-rc-contact-summary">{section.summary}</p> : null}
                <button type="button" class="wm-btn wm-btn-primary wm-rc-contact-btn" onClick={() => onChoose({ kind: 'contact', sectionId: section.id })}>
                  <Icon name="chat" size={16} />
                  <span>{section.label}</span>
                </button>
              </div>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
