import { BarView } from './BarView.tsx';
import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import { ModalView } from './ModalView.tsx';
import type { Renderers } from './Renderers.ts';
import type { StepViewModel } from './StepViewModel.ts';
import { useRef } from 'preact/hooks';
import { useJumpShortcut } from './useJumpShortcut.ts';
import type { ResourceCenterViewModel } from './resourceCenter/ResourceCenterViewModel.ts';

interface LayerProps {
  views: StepViewModel[];
  checklists: ChecklistViewModel[];
  announcement: string;
  resourceCenter?: ResourceCenterViewModel | null;
  /** Bars and modals are always here; the other kinds once their chunk has arrived. */
  renderers: Renderers;
}

/** Everything the SDK shows at a given moment; bars first so dialogs stack above them. */
export function Layer({ views, checklists, announcement, resourceCenter = null, renderers }: LayerProps) {
  const { TooltipView, HotspotView, SurveyView, ChecklistView, ResourceCenterView } = renderers;
  const ordered = [...views].sort((a, b) => Number(b.step.type === 'bar') - Number(a.step.type === 'bar'));
  const layer = useRef<HTMLDivElement>(null);
  useJumpShortcut(layer);
  // Whether the user is working in the SDK's cards: a card that replaces the one they were in may take focus.
  const focusInLayer = useRef(false);
  const onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    // No next target: the focused button went away with its step; the user is still in the tour.
    if (next && !layer.current?.contains(next)) focusInLayer.current = false;
  };
  return (
    <div class="wm-layer" ref={layer} onFocusIn={() => (focusInLayer.current = true)} onFocusOut={onFocusOut}>
      {ordered.map((view) => {
        switch (view.step.type) {
          case 'bar':
            return <BarView key={view.flowId} view={view} />;
          case 'modal':
            return <ModalView key={view.flowId} view={view} />;
          case 'tooltip':
            return view.anchor && TooltipView ? <TooltipView key={view.flowId} view={view} keepFocus={focusInLayer} /> : null;
          case 'survey':
            return SurveyView ? <SurveyView key={view.flowId} view={view} /> : null;
          case 'hotspot':
            return view.anchor && HotspotView ? <HotspotView key={`${view.flowId}:${view.step.id}`} view={view} /> : null;
          default:
            return null;
        }
      })}
      {ChecklistView ? checklists.map((checklist) => <ChecklistView key={checklist.flowId} view={checklist} />) : null}
      {resourceCenter && ResourceCenterView ? <ResourceCenterView key={resourceCenter.flow.id} view={resourceCenter} /> : null}
      <div class="wm-live" aria-live="polite" role="status">{announcement}</div>
    </div>
  );
}
