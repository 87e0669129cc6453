import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { pathOf } from './pathOf.ts';
import { uniqueId } from './uniqueId.ts';

/** A click recorded on the page as a tooltip step: anchored on the control, on its page, advanced by clicking it. */
export function recordedStep(element: PickedElement, takenIds: Iterable<string>): Step {
  const name = element.anchor.name ?? element.anchor.text ?? element.label;
  const title = `Click “${name.slice(0, 60)}”`.slice(0, 200);
  return {
    id: uniqueId(name, takenIds, 'step'),
    type: 'tooltip',
    title,
    content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Click here to continue.' }] }],
    anchor: element.anchor,
    url: { type: 'exact', value: pathOf(element.url) },
    advanceOn: { type: 'anchor_click' },
  };
}
