/** The resource center's launcher, dialog, sections and search, with its styles: `waymark.resource-center.js` in the split builds. */
import type { Renderers } from '../Renderers.ts';
import { ResourceCenterView } from '../resourceCenter/ResourceCenterView.tsx';
import { resourceCenterStyles } from '../resourceCenter/resourceCenterStyles.ts';

export const renderers: Renderers = { ResourceCenterView };
export const styles = resourceCenterStyles;
