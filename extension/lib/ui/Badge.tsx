import type { ComponentChildren, HTMLAttributes } from 'preact';
import type { IconNode } from 'lucide';
import { Icon } from './Icon.tsx';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger';

/** A short status or category label; `dot` marks a state, `icon` a kind. */
export function Badge({ tone = 'neutral', dot, icon, children, ...rest }: Omit<HTMLAttributes<HTMLSpanElement>, 'icon'> & { tone?: BadgeTone; dot?: boolean; icon?: IconNode; children: ComponentChildren }) {
  return (
    <span class={`wm-badge${tone === 'neutral' ? '' : ` wm-badge--${tone}`}`} {...rest}>
      {dot ? <span class="wm-badge__dot" aria-hidden="true" /> : null}
      {icon ? <Icon icon={icon} size={12} /> : null}
      <span>{children}</span>
    </span>
  );
}
