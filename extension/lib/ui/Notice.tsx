import type { ComponentChildren, HTMLAttributes } from 'preact';
import { AlertTriangle, CheckCircle2, Info } from './icons.ts';
import { Icon } from './Icon.tsx';

export type NoticeTone = 'error' | 'warning' | 'info' | 'success';

const ICONS = { error: AlertTriangle, warning: AlertTriangle, info: Info, success: CheckCircle2 } as const;

/**
 * An inline message: an error says what failed and what to do (`title` + body); a warning what
 * may go wrong. Errors and warnings are announced (role alert), the others politely (status).
 */
export function Notice({ tone, title, children, actions, ...rest }: HTMLAttributes<HTMLDivElement> & { tone: NoticeTone; title?: string; children?: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <div class={`wm-notice wm-notice--${tone}`} role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'} {...rest}>
      <Icon icon={ICONS[tone]} />
      <div class="wm-notice__body">
        {title ? <strong class="wm-notice__title">{title}</strong> : null}
        {children}
        {actions ? <div class="wm-row wm-row--center">{actions}</div> : null}
      </div>
    </div>
  );
}

/** An inline error: what failed and what to do. */
export function InlineError(props: Omit<Parameters<typeof Notice>[0], 'tone'>) {
  return <Notice tone="error" {...props} />;
}
