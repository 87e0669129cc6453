import { useLayoutEffect, useRef } from 'preact/hooks';
import { applyTheme } from './applyTheme.ts';
import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import { CloseButton } from './CloseButton.tsx';

/** Launcher button with progress, and a panel of activation items that tick off as milestones are reached. */
export function ChecklistView({ view }: { view: ChecklistViewModel }) {
  const ref = useRef<HTMLDivElement>(null);
  const { checklist, done } = view;
  const total = checklist.items.length;
  const count = checklist.items.filter((item) => done.has(item.id)).length;
  const progress = `${count} of ${total}`;
  const position = checklist.launcher?.position ?? 'bottom-right';
  const panelId = `wm-checklist-${view.flowId}`.replace(/[^A-Za-z0-9_-]/g, '_');

  useLayoutEffect(() => {
    if (ref.current) applyTheme(ref.current, view.theme);
  }, [view.theme]);

  // Escape closes the open panel from anywhere in it or on its launcher, and leaves focus on the launcher.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !view.open) return;
    event.stopPropagation();
    view.onToggle();
    ref.current?.querySelector<HTMLElement>('.wm-launcher')?.focus({ preventScroll: true });
  };

  return (
    <div ref={ref} class={`wm-checklist wm-checklist-${position}`} data-wm-flow={view.flowId} data-wm-kind="checklist" onKeyDown={onKeyDown}>
      {view.open ? (
        <section
          class="wm-card wm-checklist-panel"
          id={panelId}
          aria-labelledby={`${panelId}-title`}
        >
          <CloseButton onClose={view.onDismiss} label="Dismiss checklist" />
          <h2 class="wm-title" id={`${panelId}-title`}>{checklist.title}</h2>
          {checklist.description ? <p class="wm-checklist-description">{checklist.description}</p> : null}
          <div class="wm-checklist-progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={count} aria-valuetext={progress} aria-label="Checklist progress">
            <span class="wm-checklist-bar" data-filled={String(Math.round((count / total) * 10))} />
          </div>
          <ul class="wm-checklist-items">
            {checklist.items.map((item) => {
              const complete = done.has(item.id);
              return (
                <li key={item.id}>
                  <button type="button" class="wm-checklist-item" data-wm-item={item.id} data-done={complete ? 'true' : 'false'} onClick={() => view.onItem(item)}>
                    <span class="wm-check" aria-hidden="true">{complete ? '✓' : ''}</span>
                    <span class="wm-checklist-text">
                      <span class="wm-checklist-item-title">{item.title}</span>
                      {item.description ? <span class="wm-checklist-item-description">{item.description}</span> : null}
                    </span>
                    <span class="wm-live">{complete ? 'done' : 'not done'}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <button type="button" class="wm-launcher" aria-expanded={view.open} aria-controls={panelId} onClick={view.onToggle}>
        <span>{checklist.launcher?.label ?? checklist.title}</span>
        <span class="wm-launcher-count">{progress}</span>
      </button>
    </div>
  );
}
