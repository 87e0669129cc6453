/** Checklists' launcher and panel: `waymark.checklist.js` in the split builds. */
import type { Renderers } from '../Renderers.ts';
import { checklistStyles } from './checklistStyles.ts';
import { ChecklistView } from '../ChecklistView.tsx';

export const renderers: Renderers = { ChecklistView };
export const styles = checklistStyles;
