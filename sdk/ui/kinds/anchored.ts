/** Tooltips and hotspots, with Floating UI: `waymark.anchored.js` in the split builds. */
import type { Renderers } from '../Renderers.ts';
import { anchoredStyles } from './anchoredStyles.ts';
import { HotspotView } from '../HotspotView.tsx';
import { TooltipView } from '../TooltipView.tsx';

export const renderers: Renderers = { TooltipView, HotspotView };
export const styles = anchoredStyles;
