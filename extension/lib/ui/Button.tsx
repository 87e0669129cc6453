import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import type { IconNode } from 'lucide';
import { Icon } from './Icon.tsx';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'danger-ghost';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon' | 'size'> {
  /** Default `secondary`; one `primary` per view. */
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** Icon drawn before the label. */
  icon?: IconNode;
  /** Full width of its container. */
  block?: boolean;
  type?: 'button' | 'submit';
  disabled?: boolean;
  children?: ComponentChildren;
}

/** A labelled action: a verb ("Publish", "Add step"). */
export function Button({ variant = 'secondary', size = 'md', icon, block, type = 'button', children, class: className, ...rest }: ButtonProps) {
  const classes = ['wm-btn', `wm-btn--${variant}`, size === 'sm' ? 'wm-btn--sm' : '', block ? 'wm-btn--block' : '', typeof className === 'string' ? className : ''].filter(Boolean).join(' ');
  return (
    <button type={type} class={classes} {...rest}>
      {icon ? <Icon icon={icon} size={size === 'sm' ? 14 : 16} /> : null}
      {children !== undefined && children !== null ? <span>{children}</span> : null}
    </button>
  );
}
