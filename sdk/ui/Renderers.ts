import type { ChecklistView } from './ChecklistView.tsx';
import type { HotspotView } from './HotspotView.tsx';
import type { ResourceCenterView } from './resourceCenter/ResourceCenterView.tsx';
import type { SurveyView } from './SurveyView.tsx';
import type { TooltipView } from './TooltipView.tsx';

/** The renderers of the kinds that come in chunks of their own; a kind not here yet draws nothing. */
export interface Renderers {
  TooltipView?: typeof TooltipView;
  HotspotView?: typeof HotspotView;
  SurveyView?: typeof SurveyView;
  ChecklistView?: typeof ChecklistView;
  ResourceCenterView?: typeof ResourceCenterView;
}

/** What a renderer chunk (`sdk/ui/kinds/*.ts`) exports: its renderers and its part of the stylesheet. */
export interface RendererChunk {
  renderers: Renderers;
  styles: string;
}
