import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Flow } from '../../../shared/schema/flow.ts';
import { mountThumbnail, type ThumbnailRoot } from '../../../sdk/preview/mountThumbnail.tsx';

/**
 * A small live picture of one step, drawn by the SDK's own components in a desktop-width frame scaled
 * to the card: what end users will see, redrawn as the step is edited. Decorative for assistive
 * technology (the card's text says the same) and out of the Tab order.
 */
export function StepThumbnail({ flow, index }: { flow: Flow; index: number }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const root = useRef<ThumbnailRoot | null>(null);

  useLayoutEffect(() => {
    root.current = frame.current ? mountThumbnail(frame.current) : null;
    return () => root.current?.unmount();
  }, []);

  // Only what the picture shows: an edit elsewhere in the flow leaves the other cards' pictures alone.
  useEffect(() => {
    root.current?.render({ flow, stepIndex: index });
  }, [flow.steps[index], index, flow.steps.length, flow.theme, flow.locales]);

  return (
    <div class="step-thumb" aria-hidden="true" data-step-thumbnail>
      <iframe ref={frame} class="step-thumb__frame" tabIndex={-1} title="Step picture" {...{ inert: true }} />
    </div>
  );
}
