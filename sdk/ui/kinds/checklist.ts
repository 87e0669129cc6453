/** Checklists' launcher and panel: `waymark.checklist.js` in the split builds. */
import type { Renderers } from '../Renderers.ts';
import { ChecklistView } from '../ChecklistView.tsx';

export const renderers: Renderers = { ChecklistView };
export const styles = '';
