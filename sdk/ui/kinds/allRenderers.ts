/** Every renderer at once, for what bundles them all (the builder's preview). */
import type { Renderers } from '../Renderers.ts';
import { ChecklistView } from '../ChecklistView.tsx';
import { HotspotView } from '../HotspotView.tsx';
import { ResourceCenterView } from '../resourceCenter/ResourceCenterView.tsx';
import { SurveyView } from '../SurveyView.tsx';
import { TooltipView } from '../TooltipView.tsx';

export const allRenderers: Renderers = { TooltipView, HotspotView, SurveyView, ChecklistView, ResourceCenterView };
