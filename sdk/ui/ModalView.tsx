import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { applyTheme } from './applyTheme.ts';
import { CloseButton } from './CloseButton.tsx';
import { deepActiveElement, focusInitial, trapTab } from './focus.ts';
import { idsFor, StepBody } from './StepBody.tsx';
import type { StepViewModel } from './StepViewModel.ts';

/** A centred dialog over a dimmed page; traps focus, closes on Escape, gives focus back on close. */
export function ModalView({ view }: { view: StepViewModel }) {
  const cardRef = useRef<HTMLDivElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(view.onClose);
  onCloseRef.current = view.onClose;
  const step = view.step;
  const ids = idsFor(view);
  const size = step.type === 'modal' ? step.size ?? 'medium' : 'medium';

  useLayoutEffect(() => {
    if (overlayRef.current) applyTheme(overlayRef.current, view.theme);
  }, [view.theme]);

  useEffect(() => {
    const previous = deepActiveElement();
    const onKeyDown = (event: KeyboardEvent) => {
      const card = cardRef.current;
      if (!card) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onCloseRef.current();
      } else trapTab(event, card);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus({ preventScroll: true });
    };
  }, []);

  useEffect(() => {
    if (cardRef.current) focusInitial(cardRef.current);
  }, [view.step.id]);

  return (
    <div class="wm-overlay" ref={overlayRef}>
      <div
        ref={cardRef}
        class={`wm-card wm-modal wm-modal-${size}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={step.title ? ids.title : undefined}
        aria-describedby={step.content?.length ? ids.body : undefined}
        aria-label={step.title ? undefined : 'Announcement'}
        tabIndex={-1}
        data-wm-flow={view.flowId}
        data-wm-step={step.id}
        data-wm-kind="modal"
      >
        <CloseButton onClose={view.onClose} />
        <StepBody view={view} ids={ids} />
      </div>
    </div>
  );
}
