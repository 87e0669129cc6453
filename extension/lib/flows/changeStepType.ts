import type { Step } from '../../../shared/schema/step.ts';
import { newStep } from './newStep.ts';

/** The same step as another type: keeps id, title, content, buttons, page, advance rule and anchor where allowed. */
export function changeStepType(step: Step, type: Step['type']): Step {
  if (step.type === type) return step;
  const fresh = newStep(type, []) as Record<string, unknown>;
  const keep: Record<string, unknown> = { ...fresh, id: step.id };
  for (const key of ['title', 'content', 'url', 'onMissing', 'advanceOn'] as const) if (step[key] !== undefined) keep[key] = step[key];
  if (step.buttons) keep.buttons = type === 'bar' ? step.buttons.slice(0, 2) : step.buttons;
  if ('anchor' in step && step.anchor && type !== 'bar' && type !== 'modal') keep.anchor = step.anchor;
  if ('placement' in step && step.placement && (type === 'tooltip' || type === 'hotspot' || type === 'survey')) keep.placement = step.placement;
  if (type === 'bar' || type === 'modal') delete keep.placement;
  return keep as Step;
}
