import { useState } from 'preact/hooks';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Locales } from '../../../shared/schema/locales.ts';
import { LocaleTag } from '../../../shared/schema/primitives.ts';
import { ContentEditor } from './ContentEditor.tsx';
import { Section, TextField } from './fields.tsx';
import { ResourceCenterTranslationFields } from './ResourceCenterTranslationFields.tsx';
import { ownValue } from '../../../shared/schema/ownValue.ts';

type Edit = (note: string, mutate: (flow: Flow) => void) => void;

/** Translations: the flow's own language, then per locale the name, each step's title, content, button labels and survey texts, the checklist's title and item titles and descriptions, and a resource center's words. */
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
            const st = ownValue(t.steps, step.id) ?? {};
            const setStep = (note: string, mutate: (s: typeof st) => void) =>
              translate(locale, note, (x) => {
                const steps = (x.steps ??= {});
                const s = ownValue(steps, step.id) ?? (steps[step.id] = {});
                mutate(s);
              });
            return (
              <fieldset key={step.id}>
                <legend>Step {i + 1}</legend>
                {step.title !== undefined ? <TextField label={`Step ${i + 1} title (${locale})`} value={st.title} placeholder={step.title} onCommit={(title) => setStep('Translated title', (s) => (title ? (s.title = title) : delete s.title))} /> : null}
                {step.content ? <ContentEditor label={`Step ${i + 1} content (${locale})`} value={st.content} onCommit={(content) => setStep('Translated content', (s) => (s.content = content))} /> : null}
                {(step.buttons ?? []).map((b) => (
                  <TextField key={b.id} label={`Button "${b.label}" (${locale})`} value={ownValue(st.buttons, b.id)} onCommit={(label) => setStep('Translated button', (s) => {
                    s.buttons = { ...s.buttons, [b.id]: label };
                    if (!label) delete s.buttons[b.id];
                  })} />
                ))}
                {step.type === 'survey' ? (() => {
                  const survey = step.survey;
                  const setSurvey = (key: keyof NonNullable<typeof st.survey>, value: string) => setStep('Translated survey', (s) => {
                    const next: Record<string, string | undefined> = { ...s.survey, [key]: value || undefined };
                    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
                    if (Object.keys(next).length) s.survey = next;
                    else delete s.survey;
                  });
                  const fields: Array<[keyof NonNullable<typeof st.survey>, string, string | undefined]> = [
                    ['question', 'Question', survey.question],
                    ['lowLabel', 'Low label', survey.lowLabel],
                    ['highLabel', 'High label', survey.highLabel],
                    ['followUp', 'Follow-up question', survey.followUp?.question],
                    ['thankYou', 'Thank-you message', survey.thankYou],
                  ];
                  return fields.filter(([, , original]) => original !== undefined).map(([key, label, original]) => (
                    <TextField key={key} label={`${label} (${locale})`} value={st.survey?.[key]} placeholder={original} onCommit={(value) => setSurvey(key, value)} />
                  ));
                })() : null}
              </fieldset>
            );
          })}
          {flow.checklist ? (
            <fieldset>
              <legend>Checklist</legend>
              <TextField label={`Checklist title (${locale})`} value={t.checklist?.title} onCommit={(title) => translate(locale, 'Translated checklist', (x) => (x.checklist = { ...x.checklist, title: title || undefined }))} />
              {flow.checklist.items.map((item) => {
                const translated = ownValue(t.checklist?.items, item.id) ?? {};
                const setItem = (key: 'title' | 'description', value: string) => translate(locale, 'Translated item', (x) => {
                  const next: Record<string, string | undefined> = { ...translated, [key]: value || undefined };
                  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
                  const items = { ...x.checklist?.items, [item.id]: next };
                  if (!Object.keys(next).length) delete items[item.id];
                  x.checklist = { ...x.checklist, items };
                });
                return (
                  <div key={item.id} class="row">
                    <TextField label={`Item "${item.title}" (${locale})`} value={translated.title} placeholder={item.title} onCommit={(title) => setItem('title', title)} />
                    {item.description !== undefined ? (
                      <TextField label={`Item "${item.title}" description (${locale})`} value={translated.description} placeholder={item.description} onCommit={(description) => setItem('description', description)} />
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
          ) : null}
          {flow.resourceCenter ? (
            <ResourceCenterTranslationFields flow={flow} locale={locale} translation={t.resourceCenter} translate={(note, mutate) => translate(locale, note, (x) => {
              const rc = { ...x.resourceCenter };
              mutate(rc);
              for (const key of Object.keys(rc) as Array<keyof typeof rc>) if (rc[key] === undefined) delete rc[key];
              if (rc.labels) for (const key of Object.keys(rc.labels) as Array<keyof typeof rc.labels>) if (rc.labels[key] === undefined) delete rc.labels[key];
              if (rc.labels && !Object.keys(rc.labels).length) delete rc.labels;
              if (Object.keys(rc).length) x.resourceCenter = rc;
              else delete x.resourceCenter;
            })} />
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
