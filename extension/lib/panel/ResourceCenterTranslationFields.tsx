import type { Flow } from '../../../shared/schema/flow.ts';
import type { FlowTranslation } from '../../../shared/schema/locales.ts';
import { ownValue } from '../../../shared/schema/ownValue.ts';
import type { ResourceCenter } from '../../../shared/schema/resourceCenter.ts';
import { TextField } from './fields.tsx';

type Translation = NonNullable<FlowTranslation['resourceCenter']>;
type Texts = Record<string, unknown>;

/** `record[id]` with `key` set (or removed when empty); the entry goes when nothing is left in it. */
function withText<T extends Record<string, object>>(record: T | undefined, id: string, key: string, value: string): T {
  const entry: Texts = { ...(ownValue(record, id) as Texts | undefined), [key]: value || undefined };
  for (const k of Object.keys(entry)) if (entry[k] === undefined) delete entry[k];
  const next = { ...record } as Record<string, Texts>;
  if (Object.keys(entry).length) next[id] = entry;
  else delete next[id];
  return next as T;
}

/** A resource center's words in one locale: title, launcher, search box, section headings, item titles and summaries. */
export function ResourceCenterTranslationFields({ flow, locale, translation, translate }: { flow: Flow; locale: string; translation: Translation | undefined; translate: (note: string, mutate: (rc: Translation) => void) => void }) {
  const rc = flow.resourceCenter as ResourceCenter;
  const t = translation ?? {};
  const set = (note: string, mutate: (x: Translation) => void) => translate(note, mutate);
  const optional = (value: string) => value || undefined;
  return (
    <fieldset>
      <legend>Resource center</legend>
      <TextField label={`Resource center title (${locale})`} value={t.title} placeholder={rc.title} onCommit={(v) => set('Translated resource center title', (x) => { x.title = optional(v); })} />
      <TextField label={`Launcher label (${locale})`} value={t.launcherLabel} placeholder={rc.launcher?.label} onCommit={(v) => set('Translated launcher label', (x) => { x.launcherLabel = optional(v); })} />
      <TextField label={`Search box (${locale})`} value={t.labels?.search} placeholder={rc.labels?.search ?? 'Search help'} onCommit={(v) => set('Translated search box', (x) => { x.labels = { ...x.labels, search: optional(v) }; })} />
      {rc.sections.map((section) => {
        const st = ownValue(t.sections, section.id) ?? {};
        return (
          <div key={section.id} class="wm-stack wm-stack--tight">
            <TextField label={`Section "${section.title ?? section.id}" heading (${locale})`} value={st.title} placeholder={section.title} onCommit={(v) => set('Translated section heading', (x) => { x.sections = withText(x.sections, section.id, 'title', v); })} />
            {section.type === 'contact' ? (
              <TextField label={`Contact button (${locale})`} value={st.label} placeholder={section.label} onCommit={(v) => set('Translated contact button', (x) => { x.sections = withText(x.sections, section.id, 'label', v); })} />
            ) : null}
            {'items' in section
              ? (section.items as Array<{ id: string; title?: string; summary?: string }>).map((item) => {
                  const it = ownValue(t.items, item.id) ?? {};
                  const name = item.title ?? item.id;
                  return (
                    <div key={item.id} class="row">
                      <TextField label={`Item "${name}" (${locale})`} value={it.title} placeholder={item.title} onCommit={(v) => set('Translated item title', (x) => { x.items = withText(x.items, item.id, 'title', v); })} />
                      <TextField label={`Item "${name}" summary (${locale})`} value={it.summary} placeholder={item.summary} onCommit={(v) => set('Translated item summary', (x) => { x.items = withText(x.items, item.id, 'summary', v); })} />
                    </div>
                  );
                })
              : null}
          </div>
        );
      })}
    </fieldset>
  );
}
