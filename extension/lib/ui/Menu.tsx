import type { ComponentChildren } from 'preact';
import type { IconNode } from 'lucide';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Icon } from './Icon.tsx';
import { MoreHorizontal } from './icons.ts';

export interface MenuItem {
  label: string;
  icon?: IconNode;
  onSelect: () => void;
  disabled?: boolean;
  danger?: boolean;
  /** A line above this item. */
  separated?: boolean;
}

/**
 * An overflow menu: one button ("…") opening a list of actions. Arrow keys move, Enter picks,
 * Escape or a click elsewhere closes and gives focus back to the button.
 */
export function Menu({ label, items, icon = MoreHorizontal, up, trigger }: { label: string; items: ReadonlyArray<MenuItem | false | null | undefined>; icon?: IconNode; up?: boolean; trigger?: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = items.filter((item): item is MenuItem => Boolean(item));
  const entries = () => Array.from(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []);

  useEffect(() => {
    if (!open) return;
    entries()[0]?.focus();
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const list = entries();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      list[(at + (event.key === 'ArrowDown' ? 1 : -1) + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      list[event.key === 'Home' ? 0 : list.length - 1]?.focus();
    } else if (event.key === 'Tab') setOpen(false);
  };

  return (
    <div class="wm-menu" ref={root} onKeyDown={open ? onKeyDown : undefined}>
      <button
        ref={button}
        type="button"
        class={trigger ? 'wm-btn wm-btn--secondary' : 'wm-icon-btn'}
        aria-label={trigger ? undefined : label}
        title={trigger ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        {trigger ?? <Icon icon={icon} />}
      </button>
      {open ? (
        <ul class={`wm-menu__list${up ? ' wm-menu__list--up' : ''}`} role="menu" id={id} aria-label={label}>
          {shown.map((item) => (
            <li key={item.label} role="none">
              {item.separated ? <div class="wm-menu__separator" role="separator" /> : null}
              <button
                type="button"
                role="menuitem"
                class={`wm-menu__item${item.danger ? ' wm-menu__item--danger' : ''}`}
                disabled={item.disabled}
                onClick={() => {
                  close();
                  item.onSelect();
                }}
              >
                {item.icon ? <Icon icon={item.icon} /> : null}
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
