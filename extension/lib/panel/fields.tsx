import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/**
 * Labelled inputs that commit on change (blur or Enter), so each edit is one save in the history.
 * While a text or number input has focus it shows what is being typed: a save of another field
 * finishing meanwhile re-renders the editor, and must not reset it to the stored value.
 */

function useDraft(stored: string) {
  const [text, setText] = useState(stored);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(stored);
  }, [stored]);
  return {
    text,
    bind: {
      value: text,
      onInput: (event: Event) => setText((event.currentTarget as HTMLInputElement).value),
      onFocus: () => {
        focused.current = true;
      },
      onBlur: () => {
        focused.current = false;
      },
    },
  };
}

export function TextField({ label, value, onCommit, placeholder, multiline, hint }: { label: string; value: string | undefined; onCommit: (value: string) => void; placeholder?: string; multiline?: boolean; hint?: string }) {
  const id = useId();
  const { bind } = useDraft(value ?? '');
  const latest = useRef(value);
  latest.current = value;
  const onChange = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    if (next !== (latest.current ?? '')) onCommit(next);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} {...bind} placeholder={placeholder} onChange={onChange} rows={3} />
      ) : (
        <input id={id} type="text" {...bind} placeholder={placeholder} onChange={onChange} />
      )}
      {hint ? <small class="hint">{hint}</small> : null}
    </div>
  );
}

export function NumberField({ label, value, onCommit, min, max, hint }: { label: string; value: number | undefined; onCommit: (value: number | undefined) => void; min?: number; max?: number; hint?: string }) {
  const id = useId();
  const { bind } = useDraft(value === undefined ? '' : String(value));
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        {...bind}
        min={min}
        max={max}
        onChange={(event) => {
          const raw = (event.currentTarget as HTMLInputElement).value;
          onCommit(raw === '' ? undefined : Number(raw));
        }}
      />
      {hint ? <small class="hint">{hint}</small> : null}
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit }: { label: string; value: T | undefined; options: ReadonlyArray<readonly [T, string]>; onCommit: (value: T) => void }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onCommit((event.currentTarget as HTMLSelectElement).value as T)}>
        {value === undefined ? <option value="">—</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ label, checked, onCommit }: { label: string; checked: boolean; onCommit: (checked: boolean) => void }) {
  return (
    <label class="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => onCommit((event.currentTarget as HTMLInputElement).checked)} />
      {label}
    </label>
  );
}

export function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}
