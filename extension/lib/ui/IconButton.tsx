import type { ButtonHTMLAttributes } from 'preact';
import type { IconNode } from 'lucide';
import { Icon } from './Icon.tsx';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'icon' | 'label'> {
  icon: IconNode;
  /** What the button does; its accessible name and tooltip. */
  label: string;
  disabled?: boolean;
}

/** A button that shows only an icon; `label` names it for screen readers and on hover. */
export function IconButton({ icon, label, class: className, ...rest }: IconButtonProps) {
  return (
    <button type="button" class={`wm-icon-btn${typeof className === 'string' ? ` ${className}` : ''}`} aria-label={label} title={label} {...rest}>
      <Icon icon={icon} />
    </button>
  );
}
