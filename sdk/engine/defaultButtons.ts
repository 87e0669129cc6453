import type { Button } from '../../shared/schema/action.ts';
import type { Step } from '../../shared/schema/step.ts';

/** The buttons a step shows: its own, or Back/Next/Done for tours and "Got it" for a single modal. */
export function defaultButtons(step: Step, index: number, total: number): Button[] {
  if (step.buttons) return step.buttons;
  if (step.type === 'bar' || step.type === 'survey') return [];
  if (step.type === 'hotspot') return [{ id: 'got-it', label: 'Got it', style: 'primary', action: index === total - 1 ? { type: 'complete' } : { type: 'next' } }];
  if (step.advanceOn && step.advanceOn.type !== 'button') {
    return index > 0 ? [{ id: 'back', label: 'Back', style: 'secondary', action: { type: 'back' } }] : [];
  }
  const last = index === total - 1;
  const buttons: Button[] = [];
  if (index > 0) buttons.push({ id: 'back', label: 'Back', style: 'secondary', action: { type: 'back' } });
  buttons.push(last ? { id: 'done', label: total > 1 ? 'Done' : 'Got it', style: 'primary', action: { type: 'complete' } } : { id: 'next', label: 'Next', style: 'primary', action: { type: 'next' } });
  return buttons;
}
