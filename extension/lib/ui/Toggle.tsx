import type { ComponentChildren } from 'preact';

/** An on/off switch (a checkbox with the switch role) with its label and optional help text. */
export function Toggle({ label, checked, onChange, help, disabled }: { label: string; checked: boolean; onChange: (checked: boolean) => void; help?: ComponentChildren; disabled?: boolean }) {
  return (
    <label class="wm-toggle">
      <input type="checkbox" role="switch" checked={checked} disabled={disabled} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span class="wm-toggle__text">
        <span class="wm-toggle__label">{label}</span>
        {help ? <small class="wm-field__help">{help}</small> : null}
      </span>
    </label>
  );
}
