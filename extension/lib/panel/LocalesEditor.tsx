import { useState } from 'preact/hooks';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Locales } from '../../../shared/schema/locales.ts';
import { LocaleTag } from '../../../shared/schema/primitives.ts';
import { ContentEditor } from './ContentEditor.tsx';
import { Section, TextField } from './fields.tsx';

type Edit = (note: string, mutate: (flow: Flow) => void) => void;

/** Translations: the flow's own language, then per locale the name, each step's title, content and button labels, and checklist texts. */
export function LocalesEditor({ flow, edit }: { flow: Flow; edit: Edit }) {
  const locales: Locales | undefined = flow.locales;
  const [tag, setTag] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    if (!LocaleTag.safeParse(tag).success) return setError('Use a language tag such as "de" or "pt-BR".');
    setError('');
    edit(`Added locale ${tag}`, (f) => {
      f.locales = { default: f.locales?.default ?? 'en', translations: { ...f.locales?.translations, [tag]: {} } };
    });
    setTag('');
  };
  const translate = (locale: string, note: string, mutate: (t: NonNullable<Locales['translations'][string]>) => void) =>
    edit(note, (f) => {
      const t = f.locales?.translations[locale];
      if (t) mutate(t);
    });
  return (
    <div class="locales">
      <TextField label="Written in (default locale)" value={locales?.default ?? 'en'} onCommit={(def) => edit('Default locale', (f) => {
        f.locales = { default: def, translations: f.locales?.translations ?? {} };
      })} />
      <form class="row" onSubmit={add}>
        <input aria-label="New locale" value={tag} placeholder="de" onInput={(e) => setTag((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">Add translation</button>
        {error ? <span class="error" role="alert">{error}</span> : null}
      </form>
      {Object.entries(locales?.translations ?? {}).map(([locale, t]) => (
        <Section key={locale} title={`Translation: ${locale}`}>
          <TextField label={`Name (${locale})`} value={t.name} onCommit={(name) => translate(locale, 'Translated name', (x) => (name ? (x.name = name) : delete x.name))} />
          {flow.steps.map((step, i) => {
            const st = t.steps?.[step.id] ?? {};
            const setStep = (note: string, mutate: (s: typeof st) => void) =>
              translate(locale, note, (x) => {
                const steps = (x.steps ??= {});
                const s = (steps[step.id] ??= {});
                mutate(s);
              });
            return (
              <fieldset key={step.id}>
                <legend>Step {i + 1}</legend>
                {step.title !== undefined ? <TextField label={`Step ${i + 1} title (${locale})`} value={st.title} placeholder={step.title} onCommit={(title) => setStep('Translated title', (s) => (title ? (s.title = title) : delete s.title))} /> : null}
                {step.content ? <ContentEditor label={`Step ${i + 1} content (${locale})`} value={st.content} onCommit={(content) => setStep('Translated content', (s) => (s.content = content))} /> : null}
                {(step.buttons ?? []).map((b) => (
                  <TextField key={b.id} label={`Button "${b.label}" (${locale})`} value={st.buttons?.[b.id]} onCommit={(label) => setStep('Translated button', (s) => {
                    s.buttons = { ...s.buttons, [b.id]: label };
                    if (!label) delete s.buttons[b.id];
                  })} />
                ))}
                {step.type === 'survey' ? <TextField label={`Question (${locale})`} value={st.survey?.question} onCommit={(question) => setStep('Translated question', (s) => (s.survey = { ...s.survey, question: question || undefined }))} /> : null}
              </fieldset>
            );
          })}
          {flow.checklist ? (
            <fieldset>
              <legend>Checklist</legend>
              <TextField label={`Checklist title (${locale})`} value={t.checklist?.title} onCommit={(title) => translate(locale, 'Translated checklist', (x) => (x.checklist = { ...x.checklist, title: title || undefined }))} />
              {flow.checklist.items.map((item) => (
                <TextField key={item.id} label={`Item "${item.title}" (${locale})`} value={t.checklist?.items?.[item.id]?.title} onCommit={(title) => translate(locale, 'Translated item', (x) => {
                  x.checklist = { ...x.checklist, items: { ...x.checklist?.items, [item.id]: { title: title || undefined } } };
                })} />
              ))}
            </fieldset>
          ) : null}
          <button type="button" onClick={() => edit(`Removed locale ${locale}`, (f) => {
            if (!f.locales) return;
            delete f.locales.translations[locale];
            if (Object.keys(f.locales.translations).length === 0) delete f.locales;
          })}>Remove {locale}</button>
        </Section>
      ))}
    </div>
  );
}
