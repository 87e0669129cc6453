import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyTheme } from './applyTheme.ts';
import { followAnchor } from './followAnchor.ts';
import { isRendered } from './isRendered.ts';
import { layoutBox } from './layoutBox.ts';
import type { StepViewModel } from './StepViewModel.ts';
import { JUMP_SHORTCUT } from './useJumpShortcut.ts';
import { TooltipView } from './TooltipView.tsx';

/** A pulsing beacon on the anchor's corner; click or Enter opens its tooltip, Escape closes it. */
export function HotspotView({ view }: { view: StepViewModel }) {
  const beaconRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [beacon, setBeacon] = useState<HTMLButtonElement | null>(null);

  useLayoutEffect(() => {
    const el = beaconRef.current;
    const anchor = view.anchor;
    if (!el || !anchor) return;
    applyTheme(el, view.theme);
    setBeacon(el);
    const reference = layoutBox(anchor);
    return followAnchor(anchor, reference, el, () => {
      const rect = reference.getBoundingClientRect();
      // Centred on the anchor's top-right corner (2 px in), whatever the beacon's size (44 px on touch screens).
      const half = el.offsetWidth / 2 || 12;
      el.style.left = `${rect.right + 2 - half}px`;
      el.style.top = `${rect.top + 2 - half}px`;
      el.style.visibility = isRendered(anchor, rect) ? 'visible' : 'hidden';
    });
  }, [view.anchor, view.theme]);

  const close = () => {
    setOpen(false);
    beaconRef.current?.focus({ preventScroll: true });
  };

  return (
    <>
      <button
        ref={beaconRef}
        type="button"
        class="wm-beacon"
        aria-label={view.step.title ? `Tip: ${view.step.title}` : 'Open tip'}
        aria-expanded={open}
        data-wm-flow={view.flowId}
        data-wm-step={view.step.id}
        data-wm-kind="hotspot"
        aria-keyshortcuts={JUMP_SHORTCUT}
        onClick={() => setOpen(!open)}
        // Escape pressed before focus has moved into the just-opened tip still closes it.
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            close();
          }
        }}
      >
        <span class="wm-beacon-pulse" />
      </button>
      {open && beacon ? <TooltipView view={{ ...view, anchor: beacon, onClose: close }} takeFocus /> : null}
    </>
  );
}
