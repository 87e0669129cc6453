/** Every renderer and the whole stylesheet at once, for what bundles them all (the builder's previews). */
import type { Renderers } from '../Renderers.ts';
import { ChecklistView } from '../ChecklistView.tsx';
import { HotspotView } from '../HotspotView.tsx';
import { ResourceCenterView } from '../resourceCenter/ResourceCenterView.tsx';
import { SurveyView } from '../SurveyView.tsx';
import { TooltipView } from '../TooltipView.tsx';
import { styles } from '../styles.ts';
import { resourceCenterStyles } from '../resourceCenter/resourceCenterStyles.ts';
import { anchoredStyles } from './anchoredStyles.ts';
import { checklistStyles } from './checklistStyles.ts';
import { surveyStyles } from './surveyStyles.ts';

export const allRenderers: Renderers = { TooltipView, HotspotView, SurveyView, ChecklistView, ResourceCenterView };

/** The base and every kind's part, in the order the SDK adopts them (minus the resource center's, which the thumbnails do not draw). */
export const stepStyles = styles + anchoredStyles + surveyStyles + checklistStyles;
export const allStyles = stepStyles + resourceCenterStyles;
