import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { pathOf } from './pathOf.ts';
import { uniqueId } from './uniqueId.ts';

const FILLED = new Set(['input', 'textarea']);

/**
 * A click recorded on the page as a tooltip step: anchored on the control, on its page, advanced
 * by clicking it, titled by what a person would call the control (“Connect chatbot”, the “Email”
 * field, the second button in the toolbar).
 */
export function recordedStep(element: PickedElement, takenIds: Iterable<string>): Step {
  const name = element.anchor.name ?? element.anchor.text;
  const what = name ? `“${name.slice(0, 60)}”` : (element.title ?? element.label);
  const verb = FILLED.has(element.anchor.tag ?? '') ? 'Fill in' : element.anchor.tag === 'select' ? 'Choose in' : 'Click';
  return {
    id: uniqueId(name ?? element.title ?? element.label, takenIds, 'step'),
    type: 'tooltip',
    title: `${verb} ${what}`.slice(0, 200),
    content: [{ type: 'paragraph', children: [{ type: 'text', text: verb === 'Click' ? 'Click here to continue.' : 'Fill this in to continue.' }] }],
    anchor: element.anchor,
    url: { type: 'exact', value: pathOf(element.url) },
    advanceOn: { type: 'anchor_click' },
  };
}
