import type { ComponentChildren } from 'preact';

/**
 * A form control with its visible label, plain help text and error. `id` is the control's id
 * (the label points at it); help and error are announced with it (aria-describedby is the caller's).
 */
export function Field({ id, label, help, error, children, class: className }: { id: string; label: ComponentChildren; help?: ComponentChildren; error?: string; children: ComponentChildren; class?: string }) {
  return (
    <div class={`wm-field${className ? ` ${className}` : ''}`}>
      <label class="wm-field__label" for={id}>{label}</label>
      {children}
      {help ? <small class="wm-field__help" id={`${id}-help`}>{help}</small> : null}
      {error ? <small class="wm-field__error" id={`${id}-error`} role="alert">{error}</small> : null}
    </div>
  );
}
