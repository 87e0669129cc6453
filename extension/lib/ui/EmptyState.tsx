import type { ComponentChildren } from 'preact';
import type { IconNode } from 'lucide';
import { Icon } from './Icon.tsx';

/** What a blank list says: what goes here, and the action that fills it. */
export function EmptyState({ icon, title, children, actions }: { icon: IconNode; title: string; children?: ComponentChildren; actions?: ComponentChildren }) {
  return (
    <div class="wm-empty">
      <span class="wm-empty__icon"><Icon icon={icon} size={20} /></span>
      <h3 class="wm-empty__title">{title}</h3>
      {children ? <p class="wm-empty__text">{children}</p> : null}
      {actions ? <div class="wm-empty__actions">{actions}</div> : null}
    </div>
  );
}
