import type { Button } from '../../shared/schema/action.ts';
import type { Step } from '../../shared/schema/step.ts';

/**
 * The buttons a step shows: its own, or Back/Next/Done for tours and "Got it" for a single modal.
 * `canGoBack` is false on the first step and when the previous step belongs on another page.
 */
export function defaultButtons(step: Step, index: number, total: number, canGoBack: boolean): Button[] {
  if (step.buttons) return step.buttons;
  if (step.type === 'bar' || step.type === 'survey') return [];
  if (step.type === 'hotspot') return [{ id: 'got-it', label: 'Got it', style: 'primary', action: index === total - 1 ? { type: 'complete' } : { type: 'next' } }];
  if (step.advanceOn && step.advanceOn.type !== 'button') {
    return canGoBack ? [{ id: 'back', label: 'Back', style: 'secondary', action: { type: 'back' } }] : [];
  }
  const last = index === total - 1;
  const buttons: Button[] = [];
  if (canGoBack) buttons.push({ id: 'back', label: 'Back', style: 'secondary', action: { type: 'back' } });
  buttons.push(last ? { id: 'done', label: total > 1 ? 'Done' : 'Got it', style: 'primary', action: { type: 'complete' } } : { id: 'next', label: 'Next', style: 'primary', action: { type: 'next' } });
  return buttons;
}
