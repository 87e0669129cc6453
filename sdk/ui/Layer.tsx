import { BarView } from './BarView.tsx';
import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import { ChecklistView } from './ChecklistView.tsx';
import { HotspotView } from './HotspotView.tsx';
import { SurveyView } from './SurveyView.tsx';
import { ModalView } from './ModalView.tsx';
import type { StepViewModel } from './StepViewModel.ts';
import { TooltipView } from './TooltipView.tsx';

/** Everything the SDK shows at a given moment; bars first so dialogs stack above them. */
export function Layer({ views, checklists, announcement }: { views: StepViewModel[]; checklists: ChecklistViewModel[]; announcement: string }) {
  const ordered = [...views].sort((a, b) => Number(b.step.type === 'bar') - Number(a.step.type === 'bar'));
  return (
    <div class="wm-layer">
      {ordered.map((view) => {
        switch (view.step.type) {
          case 'bar':
            return <BarView key={view.flowId} view={view} />;
          case 'modal':
            return <ModalView key={view.flowId} view={view} />;
          case 'tooltip':
            return view.anchor ? <TooltipView key={view.flowId} view={view} /> : null;
          case 'survey':
            return <SurveyView key={view.flowId} view={view} />;
          case 'hotspot':
            return view.anchor ? <HotspotView key={`${view.flowId}:${view.step.id}`} view={view} /> : null;
          default:
            return null;
        }
      })}
      {checklists.map((checklist) => <ChecklistView key={checklist.flowId} view={checklist} />)}
      <div class="wm-live" aria-live="polite" role="status">{announcement}</div>
    </div>
  );
}
