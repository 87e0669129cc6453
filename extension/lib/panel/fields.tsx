import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Field } from '../ui/Field.tsx';
import { Toggle } from '../ui/Toggle.tsx';

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

const describedBy = (id: string, hint: unknown) => (hint ? { 'aria-describedby': `${id}-help` } : {});

export function TextField({ label, value, onCommit, placeholder, multiline, hint, visibleLabel }: { label: string; value: string | undefined; onCommit: (value: string) => void; placeholder?: string; multiline?: boolean; hint?: ComponentChildren; visibleLabel?: ComponentChildren }) {
  const id = useId();
  const { bind } = useDraft(value ?? '');
  const latest = useRef(value);
  latest.current = value;
  const onChange = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    if (next !== (latest.current ?? '')) onCommit(next);
  };
  const aria = visibleLabel ? { 'aria-label': label } : {};
  return (
    <Field id={id} label={visibleLabel ?? label} help={hint}>
      {multiline ? (
        <textarea id={id} class="wm-textarea" {...bind} {...aria} {...describedBy(id, hint)} placeholder={placeholder} onChange={onChange} rows={3} />
      ) : (
        <input id={id} class="wm-input" type="text" {...bind} {...aria} {...describedBy(id, hint)} placeholder={placeholder} onChange={onChange} />
      )}
    </Field>
  );
}

export function NumberField({ label, value, onCommit, min, max, hint, step, visibleLabel }: { label: string; value: number | undefined; onCommit: (value: number | undefined) => void; min?: number; max?: number; hint?: ComponentChildren; step?: number; visibleLabel?: ComponentChildren }) {
  const id = useId();
  const { bind } = useDraft(value === undefined ? '' : String(value));
  return (
    <Field id={id} label={visibleLabel ?? label} help={hint}>
      <input
        id={id}
        class="wm-input"
        type="number"
        {...bind}
        {...(visibleLabel ? { 'aria-label': label } : {})}
        {...describedBy(id, hint)}
        min={min}
        max={max}
        step={step}
        onChange={(event) => {
          const raw = (event.currentTarget as HTMLInputElement).value;
          onCommit(raw === '' ? undefined : Number(raw));
        }}
      />
    </Field>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit, hint, visibleLabel }: { label: string; value: T | undefined; options: ReadonlyArray<readonly [T, string]>; onCommit: (value: T) => void; hint?: ComponentChildren; visibleLabel?: ComponentChildren }) {
  const id = useId();
  return (
    <Field id={id} label={visibleLabel ?? label} help={hint}>
      <select id={id} class="wm-select" {...(visibleLabel ? { 'aria-label': label } : {})} {...describedBy(id, hint)} value={value ?? ''} onChange={(event) => onCommit((event.currentTarget as HTMLSelectElement).value as T)}>
        {value === undefined ? <option value="">Choose…</option> : null}
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </Field>
  );
}

/** A yes/no setting, drawn as a switch; `hint` says what it does for the end user. */
export function CheckboxField({ label, checked, onCommit, hint }: { label: string; checked: boolean; onCommit: (checked: boolean) => void; hint?: ComponentChildren }) {
  return <Toggle label={label} checked={checked} onChange={onCommit} help={hint} />;
}

export function Section({ title, children, actions }: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <section class="wm-section panel-section" aria-label={title}>
      <div class="panel-section__head">
        <h3 class="wm-section__title">{title}</h3>
        {actions}
      </div>
      {children}
    </section>
  );
}
