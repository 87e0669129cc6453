import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Condition } from '../../../shared/schema/condition.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { FlowItem, HelpItem, LauncherIcon, ResourceCenter, ResourceSection } from '../../../shared/schema/resourceCenter.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Disclosure } from '../ui/Disclosure.tsx';
import { Field } from '../ui/Field.tsx';
import { Icon } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { ArrowDown, ArrowUp, Link, ListChecks, MessageSquare, Plus, Route, Sparkles, Trash2 } from '../ui/icons.ts';
import { Toggle } from '../ui/Toggle.tsx';
import { AudienceEditor } from './AudienceEditor.tsx';
import { ContentEditor } from './ContentEditor.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

type Edit = (note: string, mutate: (draft: Flow) => void) => void;
type SectionType = ResourceSection['type'];

const SECTION_NAMES: Record<SectionType, string> = { checklists: 'Checklists', tours: 'Tours to replay', 'whats-new': "What's new", help: 'Help articles', contact: 'Contact' };
const SECTION_ICONS = { checklists: ListChecks, tours: Route, 'whats-new': Sparkles, help: Link, contact: MessageSquare } as const;
const DEFAULT_TITLES: Record<SectionType, string> = { checklists: 'the checklist’s title', tours: 'Tours', 'whats-new': "What's new", help: 'Help articles', contact: 'Contact us' };
const ICONS: ReadonlyArray<readonly [LauncherIcon, string]> = [['help', 'Question mark'], ['book', 'Book'], ['sparkles', 'Sparkles'], ['chat', 'Speech bubble'], ['compass', 'Compass']];

/** Edits `flow.resourceCenter` of the draft. */
const onCenter = (edit: Edit, note: string, change: (rc: ResourceCenter) => void) => edit(note, (f) => change(f.resourceCenter!));

/** Applies an audience change to a section or item audience, removing it when it becomes empty. */
function setAudience(target: { audience?: Condition | undefined }, change: (a: Condition | undefined) => Condition | undefined): void {
  const next = change(target.audience);
  if (next) target.audience = next;
  else delete target.audience;
}

function DateField({ label, value, onCommit }: { label: string; value: string | undefined; onCommit: (value: string) => void }) {
  const id = useId();
  return (
    <Field id={id} label={label}>
      <input id={id} class="wm-input" type="date" value={value ?? ''} onChange={(e) => onCommit((e.currentTarget as HTMLInputElement).value)} />
    </Field>
  );
}

/** A tour or announcement item: which flow, and the words the list shows for it. */
function FlowItemFields({ item, choices, kind, onChange }: { item: FlowItem; choices: Flow[]; kind: 'tour' | 'whats-new'; onChange: (note: string, change: (item: FlowItem) => void) => void }) {
  const listed = choices.find((f) => f.id === item.flowId);
  const options = choices.map((f) => [f.id, f.name] as const);
  if (!listed) options.unshift([item.flowId, `${item.flowId} (not in this project)`] as const);
  return (
    <>
      <SelectField label={kind === 'tour' ? 'Tour' : 'Announcement or modal'} value={item.flowId} options={options} onCommit={(flowId) => onChange('Item flow', (i) => { i.flowId = flowId; })} />
      <TextField label="Title in the list" value={item.title} placeholder={listed?.name} hint="Empty: the flow’s name." onCommit={(title) => onChange('Item title', (i) => { if (title) i.title = title; else delete i.title; })} />
      <TextField label="Summary" value={item.summary} onCommit={(summary) => onChange('Item summary', (i) => { if (summary) i.summary = summary; else delete i.summary; })} />
      {kind === 'whats-new' ? <DateField label="Announced on" value={item.date} onCommit={(date) => onChange('Item date', (i) => { if (date) i.date = date; else delete i.date; })} /> : null}
    </>
  );
}

/** A help article: a link, or content shown inside the resource center. */
function HelpItemFields({ item, onChange }: { item: HelpItem; onChange: (note: string, change: (item: HelpItem) => void) => void }) {
  const opens = item.url !== undefined ? 'link' : 'article';
  return (
    <>
      <TextField label="Article title" value={item.title} onCommit={(title) => onChange('Article title', (i) => { i.title = title; })} />
      <TextField label="Summary" value={item.summary} hint="Searched with the title as users type." onCommit={(summary) => onChange('Article summary', (i) => { if (summary) i.summary = summary; else delete i.summary; })} />
      <SelectField
        label="When clicked"
        value={opens}
        options={[['link', 'Go to a page'], ['article', 'Show the article in the panel']] as const}
        onCommit={(next) => onChange(next === 'link' ? 'Article opens a page' : 'Article shows content', (i) => {
          if (next === 'link') {
            i.url = i.url ?? '/';
            delete i.content;
          } else {
            delete i.url;
            delete i.newTab;
            i.content = i.content ?? [{ type: 'paragraph', children: [{ type: 'text', text: i.summary ?? i.title }] }];
          }
        })}
      />
      {opens === 'link' ? (
        <>
          <TextField label="Page address" value={item.url} placeholder="/docs/install or https://…" onCommit={(url) => onChange('Article address', (i) => { i.url = url; })} />
          <Toggle label="Open in a new tab" checked={item.newTab === true} onChange={(on) => onChange('Article new tab', (i) => { if (on) i.newTab = true; else delete i.newTab; })} />
        </>
      ) : (
        <ContentEditor label="Article" value={item.content} onCommit={(content) => onChange('Article content', (i) => { i.content = content; })} />
      )}
    </>
  );
}

/** One item of a section, in a card of its own with its audience and its removal. */
function ItemCard({ label, children, audience, onAudience, onRemove }: { label: string; children: ComponentChildren; audience: Condition | undefined; onAudience: (change: (a: Condition | undefined) => Condition | undefined, note: string) => void; onRemove: () => void }) {
  return (
    <li class="rc-item" data-rc-item={label}>
      <fieldset class="rc-item__fields">
        <legend class="wm-small">{label}</legend>
        {children}
        <Disclosure summary={audience ? 'Who sees it: some users' : 'Who sees it: everyone'}>
          <AudienceEditor audience={audience} onChange={onAudience} />
        </Disclosure>
        <div class="wm-row">
          <Button size="sm" variant="danger-ghost" icon={Trash2} onClick={onRemove}>Remove {label.toLowerCase()}</Button>
        </div>
      </fieldset>
    </li>
  );
}

function SectionBody({ section, index, edit, flows }: { section: ResourceSection; index: number; edit: Edit; flows: Flow[] }) {
  const change = (note: string, mutate: (s: ResourceSection) => void) => onCenter(edit, note, (rc) => mutate(rc.sections[index]!));
  const itemIds = (rc: ResourceCenter) => rc.sections.flatMap((s) => ('items' in s ? s.items.map((i: { id: string }) => i.id) : []));
  if (section.type === 'checklists') {
    const checklists = flows.filter((f) => f.kind === 'checklist');
    if (!checklists.length) return <p class="wm-small wm-muted">No checklist in this project yet: create one (New flow → Checklist) and it shows here.</p>;
    return (
      <div class="wm-stack wm-stack--tight" role="group" aria-label="Checklists shown">
        {checklists.map((c) => (
          <Toggle
            key={c.id}
            label={c.name}
            checked={!section.flowIds || section.flowIds.includes(c.id)}
            onChange={(on) => change(`${on ? 'Shows' : 'Hides'} checklist ${c.name}`, (s) => {
              if (s.type !== 'checklists') return;
              const current = s.flowIds ?? checklists.map((f) => f.id);
              s.flowIds = on ? [...current.filter((id) => id !== c.id), c.id] : current.filter((id) => id !== c.id);
            })}
          />
        ))}
        <p class="wm-small wm-muted">A checklist shown here has no launcher of its own: the resource center’s launcher shows its progress.</p>
      </div>
    );
  }
  if (section.type === 'contact') {
    return (
      <>
        <TextField label="Button label" value={section.label} onCommit={(label) => change('Contact label', (s) => { if (s.type === 'contact') s.label = label; })} />
        <TextField label="Summary" value={section.summary} onCommit={(summary) => change('Contact summary', (s) => { if (s.type !== 'contact') return; if (summary) s.summary = summary; else delete s.summary; })} />
        <p class="wm-small wm-muted">The button calls your app: <code>{"waymark.on('resource_center_contact', () => openChat())"}</code>.</p>
      </>
    );
  }
  if (section.type === 'help') {
    return (
      <>
        <ol class="rc-items" aria-label={`${SECTION_NAMES.help} items`}>
          {section.items.map((item, i) => (
            <ItemCard
              key={item.id}
              label={`Article ${i + 1}`}
              audience={item.audience}
              onAudience={(a, note) => change(`Article ${i + 1}: ${note}`, (s) => { if (s.type === 'help') setAudience(s.items[i]!, a); })}
              onRemove={() => change('Removed an article', (s) => { if (s.type === 'help') s.items.splice(i, 1); })}
            >
              <HelpItemFields item={item} onChange={(note, mutate) => change(note, (s) => { if (s.type === 'help') mutate(s.items[i]!); })} />
            </ItemCard>
          ))}
        </ol>
        <Button size="sm" icon={Plus} onClick={() => onCenter(edit, 'Added an article', (rc) => {
          const s = rc.sections[index]!;
          if (s.type === 'help') s.items.push({ id: uniqueId('New article', itemIds(rc), 'article'), title: 'New article', url: '/' });
        })}>Add article</Button>
      </>
    );
  }
  const kind = section.type === 'tours' ? 'tour' : 'whats-new';
  const choices = flows.filter((f) => (kind === 'tour' ? f.kind === 'tour' : f.kind === 'modal' || f.kind === 'announcement'));
  const next = choices.find((f) => !section.items.some((i) => i.flowId === f.id)) ?? choices[0];
  const noun = kind === 'tour' ? 'tour' : 'announcement';
  return (
    <>
      <ol class="rc-items" aria-label={`${SECTION_NAMES[section.type]} items`}>
        {section.items.map((item, i) => (
          <ItemCard
            key={item.id}
            label={`${kind === 'tour' ? 'Tour' : 'Announcement'} ${i + 1}`}
            audience={item.audience}
            onAudience={(a, note) => change(`${noun} ${i + 1}: ${note}`, (s) => { if (s.type === section.type) setAudience(s.items[i]!, a); })}
            onRemove={() => change(`Removed a ${noun}`, (s) => { if (s.type === section.type) s.items.splice(i, 1); })}
          >
            <FlowItemFields item={item} choices={choices} kind={kind} onChange={(note, mutate) => change(note, (s) => { if (s.type === section.type) mutate(s.items[i]!); })} />
          </ItemCard>
        ))}
      </ol>
      {next ? (
        <Button size="sm" icon={Plus} onClick={() => onCenter(edit, `Added a ${noun}`, (rc) => {
          const s = rc.sections[index]!;
          if (s.type === section.type) s.items.push({ id: uniqueId(`${noun} ${next.id}`, itemIds(rc), noun), flowId: next.id });
        })}>Add {noun}</Button>
      ) : <p class="wm-small wm-muted">No {kind === 'tour' ? 'tour' : 'modal or announcement bar'} in this project yet.</p>}
    </>
  );
}

/** A new section of a type, with a first item where the type needs one (or null when there is nothing to list). */
function newSection(type: SectionType, rc: ResourceCenter, flows: Flow[]): ResourceSection | null {
  const id = uniqueId(SECTION_NAMES[type], rc.sections.map((s) => s.id), 'section');
  const taken = rc.sections.flatMap((s) => ('items' in s ? s.items.map((i: { id: string }) => i.id) : []));
  switch (type) {
    case 'checklists':
      return { id, type };
    case 'contact':
      return { id, type, label: 'Chat with us' };
    case 'help':
      return { id, type, items: [{ id: uniqueId('Getting started', taken, 'article'), title: 'Getting started', url: '/' }] };
    case 'tours':
    case 'whats-new': {
      const first = flows.find((f) => (type === 'tours' ? f.kind === 'tour' : f.kind === 'modal' || f.kind === 'announcement'));
      return first ? { id, type, items: [{ id: uniqueId(`${type === 'tours' ? 'tour' : 'announcement'} ${first.id}`, taken, 'item'), flowId: first.id }] } : null;
    }
  }
}

/** A resource center's launcher, search and sections: what the end user's help panel holds, in order. */
export function ResourceCenterEditor({ flow, edit }: { flow: Flow; edit: Edit }) {
  const { flows: records } = usePanel();
  const rc = flow.resourceCenter!;
  const flows = records.map((r) => r.flow).filter((f) => f.id !== flow.id);
  const launcher = rc.launcher ?? {};
  const sectionCount = rc.sections.length;
  return (
    <div class="resource-center-editor wm-stack">
      <Section title="Panel">
        <TextField label="Title" value={rc.title} onCommit={(title) => onCenter(edit, 'Resource center title', (r) => { r.title = title; })} />
        <TextField
          label="Knowledge base search"
          value={rc.searchUrl}
          placeholder="https://help.example.com/search?q={query}"
          hint="Optional. When a search finds nothing here, users can continue it there; {query} becomes what they typed."
          onCommit={(url) => onCenter(edit, 'Knowledge base search', (r) => { if (url) r.searchUrl = url; else delete r.searchUrl; })}
        />
      </Section>
      <Section title="Launcher">
        <Toggle
          label="Show a launcher button"
          checked={launcher.hidden !== true}
          help="Off: open it from your app’s own help button with waymark.open('resource-center')."
          onChange={(on) => onCenter(edit, on ? 'Launcher shown' : 'Launcher hidden', (r) => { r.launcher = { ...r.launcher }; if (on) delete r.launcher.hidden; else r.launcher.hidden = true; })}
        />
        {launcher.hidden ? null : (
          <TextField label="Launcher label" value={launcher.label} placeholder="Help" hint="Empty: an icon only." onCommit={(label) => onCenter(edit, 'Launcher label', (r) => { r.launcher = { ...r.launcher }; if (label) r.launcher.label = label; else delete r.launcher.label; })} />
        )}
        {launcher.hidden ? null : (
          <div class="row">
            <SelectField label="Launcher icon" value={launcher.icon ?? 'help'} options={ICONS} onCommit={(icon) => onCenter(edit, 'Launcher icon', (r) => { r.launcher = { ...r.launcher, icon }; })} />
            <SelectField label="Launcher position" value={launcher.position ?? 'bottom-right'} options={[['bottom-right', 'Bottom right'], ['bottom-left', 'Bottom left']] as const} onCommit={(position) => onCenter(edit, 'Launcher position', (r) => { r.launcher = { ...r.launcher, position }; })} />
          </div>
        )}
      </Section>
      <Section title="Sections">
        <ol class="rc-sections" aria-label="Sections">
          {rc.sections.map((section, index) => {
            const name = SECTION_NAMES[section.type];
            return (
              <li key={section.id} data-rc-section={section.id}>
                <Card class="rc-section">
                  <div class="rc-section__head">
                    <span class="rc-section__icon" aria-hidden="true"><Icon icon={SECTION_ICONS[section.type]} size={16} /></span>
                    <h4 class="rc-section__name">{section.title ?? name}{section.title ? <span class="wm-small wm-muted"> · {name}</span> : null}</h4>
                    <IconButton icon={ArrowUp} label={`Move ${name} up`} disabled={index === 0} onClick={() => onCenter(edit, `Moved ${name} up`, (r) => { r.sections.splice(index - 1, 0, r.sections.splice(index, 1)[0]!); })} />
                    <IconButton icon={ArrowDown} label={`Move ${name} down`} disabled={index === sectionCount - 1} onClick={() => onCenter(edit, `Moved ${name} down`, (r) => { r.sections.splice(index + 1, 0, r.sections.splice(index, 1)[0]!); })} />
                    <IconButton icon={Trash2} label={`Remove ${name}`} disabled={sectionCount === 1} onClick={() => onCenter(edit, `Removed ${name}`, (r) => { r.sections.splice(index, 1); })} />
                  </div>
                  <TextField label={`${name} heading`} visibleLabel="Heading" value={section.title} placeholder={`Empty: ${DEFAULT_TITLES[section.type]}`} onCommit={(title) => onCenter(edit, `${name} heading`, (r) => { const s = r.sections[index]!; if (title) s.title = title; else delete s.title; })} />
                  <SectionBody section={section} index={index} edit={edit} flows={flows} />
                  <Disclosure summary={section.audience ? 'Who sees this section: some users' : 'Who sees this section: everyone'}>
                    <AudienceEditor audience={section.audience} onChange={(change, note) => onCenter(edit, `${name}: ${note}`, (r) => setAudience(r.sections[index]!, change))} />
                  </Disclosure>
                </Card>
              </li>
            );
          })}
        </ol>
        <div class="wm-row add-section" role="group" aria-label="Add a section">
          {(Object.keys(SECTION_NAMES) as SectionType[]).map((type) => {
            const made = newSection(type, rc, flows);
            return (
              <Button key={type} size="sm" icon={Plus} aria-label={`Add section: ${SECTION_NAMES[type]}`} disabled={!made || sectionCount >= 12} onClick={() => made && onCenter(edit, `Added ${SECTION_NAMES[type]}`, (r) => { r.sections.push(made); })}>
                {SECTION_NAMES[type]}
              </Button>
            );
          })}
        </div>
      </Section>
    </div>
  );
}
