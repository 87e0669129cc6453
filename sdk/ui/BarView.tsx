import { useLayoutEffect, useRef } from 'preact/hooks';
import { applyTheme } from './applyTheme.ts';
import { CloseButton } from './CloseButton.tsx';
import { ContentView } from './ContentView.tsx';
import { reserveBarSpace } from './reserveBarSpace.ts';
import { StepButtons } from './StepButtons.tsx';
import type { StepViewModel } from './StepViewModel.ts';

/** A full-width announcement bar at the top or bottom of the viewport, with up to two buttons; it reserves its height unless `layout: 'overlay'`. */
export function BarView({ view }: { view: StepViewModel }) {
  const ref = useRef<HTMLDivElement>(null);
  const step = view.step;
  const position = step.type === 'bar' ? step.position ?? 'top' : 'top';
  const dismissible = step.type === 'bar' ? step.dismissible !== false : true;
  const overlay = step.type === 'bar' && step.layout === 'overlay';

  useLayoutEffect(() => {
    if (ref.current) applyTheme(ref.current, view.theme);
  }, [view.theme]);

  // By default the bar takes room at the page's edge instead of covering its header.
  useLayoutEffect(() => (ref.current && !overlay ? reserveBarSpace(ref.current, position) : undefined), [position, overlay]);

  return (
    <div
      ref={ref}
      class={`wm-bar wm-bar-${position}`}
      role="region"
      aria-label={step.title ?? 'Announcement'}
      data-wm-flow={view.flowId}
      data-wm-step={step.id}
      data-wm-kind="bar"
    >
      {step.title ? <strong class="wm-title">{step.title}</strong> : null}
      <ContentView content={step.content} />
      <StepButtons buttons={view.buttons} onAction={view.onAction} />
      {dismissible ? <CloseButton onClose={view.onClose} label="Dismiss announcement" /> : null}
    </div>
  );
}
