import { h, render } from 'preact';
import type { Flow } from '../../shared/schema/flow.ts';
import { safeTheme } from '../engine/safeTheme.ts';
import { stepView } from '../engine/stepView.ts';
import { BarView } from '../ui/BarView.tsx';
import { CloseButton } from '../ui/CloseButton.tsx';
import { idsFor, StepBody } from '../ui/StepBody.tsx';
import type { StepViewModel } from '../ui/StepViewModel.ts';
import { stepStyles } from '../ui/kinds/allRenderers.ts';
import { SurveyView } from '../ui/SurveyView.tsx';
import { TooltipView } from '../ui/TooltipView.tsx';
import { thumbnailLayerStyles, thumbnailPageStyles } from './thumbnailPageStyles.ts';

export interface ThumbnailFrame {
  flow: Flow;
  stepIndex: number;
  locale?: string;
}

export interface ThumbnailRoot {
  render(frame: ThumbnailFrame): void;
  unmount(): void;
}

const noop = () => {};

/** A modal as drawn, without ModalView's focus trap and focus move (a thumbnail never takes focus). */
function StaticModal({ view }: { view: StepViewModel }) {
  const size = view.step.type === 'modal' ? view.step.size ?? 'medium' : 'medium';
  return (
    <div class="wm-overlay" data-wm-kind="modal">
      <div class={`wm-card wm-modal wm-modal-${size}`}>
        <CloseButton onClose={noop} />
        <StepBody view={view} ids={idsFor(view)} />
      </div>
    </div>
  );
}

function Thumbnail({ view, target }: { view: StepViewModel; target: Element }) {
  switch (view.step.type) {
    case 'modal':
      return <StaticModal view={view} />;
    case 'bar':
      return <BarView view={view} />;
    case 'survey':
      return <SurveyView view={view} />;
    case 'hotspot':
      return (
        <>
          <span class="wm-beacon" data-thumb-beacon=""><span class="wm-beacon-pulse" /></span>
          <TooltipView view={{ ...view, anchor: target }} />
        </>
      );
    default:
      // A tooltip (and a hotspot's tip, shown open) points at the sample element of the thumbnail's page.
      return <TooltipView view={{ ...view, anchor: target }} />;
  }
}

/**
 * Draws one step with the SDK's own components inside `frame`, a same-origin blank iframe the caller
 * sizes as a desktop-width viewport and scales down: the SDK's layout (media queries, Floating UI
 * placement) sees that viewport, not the side panel's. Nothing in it takes focus or reacts to input.
 */
export function mountThumbnail(frame: HTMLIFrameElement): ThumbnailRoot {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win) return { render: noop, unmount: noop };
  const pageSheet = new win.CSSStyleSheet();
  pageSheet.replaceSync(thumbnailPageStyles);
  doc.adoptedStyleSheets = [pageSheet];
  const page = doc.createElement('div');
  page.className = 'thumb-page';
  for (const part of ['thumb-header', 'thumb-line', 'thumb-line thumb-line--short']) {
    const el = doc.createElement('div');
    el.className = part;
    page.append(el);
  }
  const target = doc.createElement('div');
  target.className = 'thumb-target';
  page.append(target);
  const host = doc.createElement('div');
  doc.body.replaceChildren(page, host);
  const shadow = host.attachShadow({ mode: 'open' });
  const sdkSheet = new win.CSSStyleSheet();
  sdkSheet.replaceSync(`${stepStyles}\n${thumbnailLayerStyles}`);
  shadow.adoptedStyleSheets = [sdkSheet];
  const container = doc.createElement('div');
  container.className = 'wm-layer';
  shadow.append(container);
  return {
    render({ flow, stepIndex, locale }) {
      const step = flow.steps[stepIndex];
      if (!step) return render(null, container);
      page.dataset.kind = step.type;
      try {
        const view = stepView({
          flow, stepIndex, anchor: null, locale, theme: safeTheme(flow.theme), canGoBack: stepIndex > 0,
          handlers: { onAction: noop, onClose: noop, onSurveyAnswer: noop },
        });
        render(h(Thumbnail, { view, target }), container);
      } catch {
        // A step half-way through an edit may not draw; the next edit redraws it.
        render(null, container);
      }
    },
    unmount() {
      render(null, container);
    },
  };
}
