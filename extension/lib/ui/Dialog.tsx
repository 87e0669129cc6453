import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { IconButton } from './IconButton.tsx';
import { X } from './icons.ts';

/**
 * A modal sheet on the native `<dialog>` (focus kept inside, Escape closes, focus returns to
 * what opened it). Shown while mounted.
 */
export function Dialog({ title, children, footer, onClose }: { title: string; children: ComponentChildren; footer?: ComponentChildren; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class="wm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="wm-dialog__header">
        <h2 class="wm-dialog__title" id={titleId}>{title}</h2>
        <IconButton icon={X} label="Close" onClick={onClose} />
      </div>
      <div class="wm-dialog__body">{children}</div>
      {footer ? <div class="wm-dialog__footer">{footer}</div> : null}
    </dialog>
  );
}
