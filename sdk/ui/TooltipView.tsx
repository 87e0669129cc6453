import { arrow, autoPlacement, computePosition, flip, hide, limitShift, offset, shift, size, type Placement as FloatingPlacement } from '@floating-ui/dom';
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { layerPlatform } from './layerPlatform.ts';
import { layoutBox, scrollTargetOf } from './layoutBox.ts';
import { applyTheme } from './applyTheme.ts';
import { CloseButton } from './CloseButton.tsx';
import { followAnchor } from './followAnchor.ts';
import { isRendered } from './isRendered.ts';
import { deepActiveElement, focusInitial } from './focus.ts';
import { scrollIntoViewIfNeeded } from './scrollIntoViewIfNeeded.ts';
import { idsFor, StepBody } from './StepBody.tsx';
import type { StepViewModel } from './StepViewModel.ts';
import { JUMP_SHORTCUT } from './useJumpShortcut.ts';
import { yieldToMain } from '../yieldToMain.ts';

const SPOTLIGHT_PADDING = 6;
/** Below this viewport width a tooltip is a full-width card above or below its anchor (see styles: .wm-tooltip). */
export const NARROW_VIEWPORT = 480;
const EDGE = 8;

/**
 * A card anchored to an element, with an arrow and an optional spotlight backdrop. It is not
 * modal: it never takes focus on its own (the page keeps its keystrokes); the jump shortcut and
 * the Tab order reach it. `takeFocus` is for a tip the user opened (a hotspot's beacon).
 */
export function TooltipView({ view, takeFocus = false, keepFocus }: { view: StepViewModel; takeFocus?: boolean; keepFocus?: RefObject<boolean> }) {
  const cardRef = useRef<HTMLDivElement>(null);
  const arrowRef = useRef<HTMLDivElement>(null);
  const spotlightRef = useRef<HTMLDivElement>(null);
  const step = view.step;
  const placement = 'placement' in step ? step.placement ?? 'auto' : 'auto';
  const backdrop = step.type === 'tooltip' && step.backdrop === true;
  const ids = idsFor(view);

  const placed = useRef(false);

  useLayoutEffect(() => {
    const card = cardRef.current;
    const anchor = view.anchor;
    if (!card || !anchor) return;
    applyTheme(card, view.theme);
    if (placed.current) return place(card, anchor);
    // The card's first placement (the page's first layout with it: scrolling, measuring) is a task
    // of its own after its render; the card stays hidden until placed.
    placed.current = true;
    card.style.visibility = 'hidden';
    let cancelled = false;
    let stop: (() => void) | undefined;
    void yieldToMain()
      .then(() => {
        if (!cancelled) stop = place(card, anchor);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [view.anchor, placement, view.theme]);

  /** Scrolls the anchor into view if needed and keeps the card on it; returns the stop function. */
  function place(card: HTMLDivElement, anchor: Element): () => void {
    scrollIntoViewIfNeeded(scrollTargetOf(anchor));
    const reference = layoutBox(anchor);
    const update = async () => {
      const arrowEl = arrowRef.current;
      const narrow = (card.ownerDocument.defaultView?.innerWidth ?? 1024) < NARROW_VIEWPORT;
      // Room taken by bars at the edges (see reserveBarSpace): the card stays clear of them.
      const edges = getComputedStyle(card.ownerDocument.documentElement);
      const padding = {
        top: EDGE + (parseFloat(edges.getPropertyValue('--waymark-offset-top')) || 0),
        bottom: EDGE + (parseFloat(edges.getPropertyValue('--waymark-offset-bottom')) || 0),
        left: EDGE,
        right: EDGE,
      };
      // On a phone a side placement has no room: the full-width card goes below (or above) the anchor.
      const wanted = narrow ? (placement.startsWith('top') ? 'top' : 'bottom') : placement;
      const result = await computePosition(reference, card, {
        strategy: 'fixed',
        platform: layerPlatform,
        placement: wanted === 'auto' ? undefined : (wanted as FloatingPlacement),
        middleware: [
          offset(12),
          // The asked side, else its opposite, else the other axis: never off screen for want of a side.
          wanted === 'auto' ? autoPlacement({ padding }) : flip({ padding, fallbackAxisSideDirection: 'start', crossAxis: false }),
          shift({ padding, crossAxis: true, limiter: limitShift({ offset: 0 }) }),
          // Taller than the room left: the card scrolls inside itself, its buttons stay reachable.
          size({
            padding,
            apply({ availableHeight, availableWidth }) {
              card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
              if (!narrow) card.style.maxWidth = `${Math.min(340, Math.floor(availableWidth))}px`;
              else card.style.removeProperty('max-width');
            },
          }),
          ...(arrowEl ? [arrow({ element: arrowEl, padding: 10 })] : []),
          hide(),
        ],
      });
      card.style.left = `${result.x}px`;
      card.style.top = `${result.y}px`;
      card.style.visibility = result.middlewareData.hide?.referenceHidden || !isRendered(anchor, reference.getBoundingClientRect()) ? 'hidden' : 'visible';
      const side = result.placement.split('-')[0]!;
      if (arrowEl) {
        const data = result.middlewareData.arrow;
        const opposite = ({ top: 'bottom', bottom: 'top', left: 'right', right: 'left' } as Record<string, string>)[side]!;
        arrowEl.dataset.side = side;
        const arrowStyle = arrowEl.style;
        arrowStyle.left = data?.x != null ? `${data.x}px` : '';
        arrowStyle.top = data?.y != null ? `${data.y}px` : '';
        arrowStyle.right = '';
        arrowStyle.bottom = '';
        arrowStyle.setProperty(opposite, '-7px');
      }
      const spotlight = spotlightRef.current;
      if (spotlight) {
        const rect = reference.getBoundingClientRect();
        spotlight.style.left = `${rect.left - SPOTLIGHT_PADDING}px`;
        spotlight.style.top = `${rect.top - SPOTLIGHT_PADDING}px`;
        spotlight.style.width = `${rect.width + SPOTLIGHT_PADDING * 2}px`;
        spotlight.style.height = `${rect.height + SPOTLIGHT_PADDING * 2}px`;
      }
    };
    return followAnchor(anchor, reference, card, () => void update().catch(() => {}), { animationFrame: false });
  }

  // When the user was working in the SDK's cards (pressed Next there), the next step's card takes
  // focus, so keyboard users stay in the tour. Focus anywhere in the page is never moved.
  useEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const active = deepActiveElement(card.ownerDocument);
    const idle = !active || active === card.ownerDocument.body;
    if (takeFocus || (keepFocus?.current && idle)) focusInitial(card);
  }, [view.flowId, view.step.id]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      view.onClose();
    }
  };

  return (
    <>
      {backdrop ? <div class="wm-spotlight" ref={spotlightRef} data-wm-spotlight="" /> : null}
      <div
        ref={cardRef}
        class="wm-card wm-tooltip"
        role="dialog"
        aria-modal="false"
        aria-labelledby={step.title ? ids.title : undefined}
        aria-describedby={step.content?.length ? ids.body : undefined}
        aria-label={step.title ? undefined : 'Guide'}
        tabIndex={-1}
        data-wm-flow={view.flowId}
        data-wm-step={step.id}
        data-wm-kind="tooltip"
        aria-keyshortcuts={JUMP_SHORTCUT}
        onKeyDown={onKeyDown}
      >
        <CloseButton onClose={view.onClose} label="Close tour" />
        <StepBody view={view} ids={ids} />
        <div class="wm-arrow" ref={arrowRef} />
      </div>
    </>
  );
}
