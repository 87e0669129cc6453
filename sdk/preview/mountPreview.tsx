import { h, render } from 'preact';
import type { Action } from '../../shared/schema/action.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import { checklistView } from '../engine/checklistView.ts';
import { safeTheme } from '../engine/safeTheme.ts';
import { stepView } from '../engine/stepView.ts';
import type { ChecklistViewModel } from '../ui/ChecklistViewModel.ts';
import { allRenderers, allStyles } from '../ui/kinds/allRenderers.ts';
import { Layer } from '../ui/Layer.tsx';
import type { StepViewModel } from '../ui/StepViewModel.ts';
import { previewResourceCenter } from './previewResourceCenter.ts';

/** One flow at one step, as the builder previews it (no engine, no storage, no events). */
export interface PreviewFrame {
  flow: Flow;
  stepIndex: number;
  /** The step's resolved anchor on this page, or null (tooltips and hotspots then draw nothing). */
  anchor: Element | null;
  locale?: string;
  /** The flows a previewed resource center lists. */
  related?: Flow[];
  onAction: (action: Action) => void;
  onClose: () => void;
  /** Says what a click would do where the preview does not do it (a resource center's choices). */
  onNotice?: (text: string) => void;
}

export interface PreviewRoot {
  render(frame: PreviewFrame | null): void;
  unmount(): void;
}

/**
 * Draws a flow with the SDK's own components into `container` (inside `shadow`), so the builder's
 * preview is exactly what end users will see. The SDK's stylesheet is adopted by `shadow`.
 */
export function mountPreview(shadow: ShadowRoot, container: HTMLElement): PreviewRoot {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(allStyles);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return {
    render(frame) {
      if (!frame) return render(null, container);
      const { flow } = frame;
      const views: StepViewModel[] = [];
      const checklists: ChecklistViewModel[] = [];
      const theme = safeTheme(flow.theme);
      if (flow.checklist) {
        checklists.push(checklistView({
          flow, checklist: flow.checklist, reached: () => false, open: true, theme,
          handlers: { onToggle: () => {}, onItem: () => {}, onDismiss: frame.onClose },
        }));
      }
      if (flow.steps[frame.stepIndex]) {
        views.push(stepView({
          flow,
          stepIndex: frame.stepIndex,
          anchor: frame.anchor,
          locale: frame.locale,
          theme,
          canGoBack: frame.stepIndex > 0,
          handlers: { onAction: frame.onAction, onClose: frame.onClose, onSurveyAnswer: () => {} },
        }));
      }
      const resourceCenter = flow.resourceCenter ? previewResourceCenter(frame, theme) : null;
      render(h(Layer, { views, checklists, announcement: '', resourceCenter, renderers: allRenderers }), container);
    },
    unmount() {
      render(null, container);
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
