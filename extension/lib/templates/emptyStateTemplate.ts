import { LayoutTemplate } from '../ui/icons.ts';
import type { Template } from './Template.ts';
import { baseFlow, elementName, idPool, pageOf, paragraphs } from './templateParts.ts';

/** A two-step tour that shows while a page is still empty: what goes here, then the button that fills it. */
export const emptyStateTemplate: Template = {
  id: 'empty-state',
  name: 'Empty-state tour',
  description: 'While a page is still empty, explains what goes there and points at the button that fills it.',
  icon: LayoutTemplate,
  slots: [
    { key: 'empty', kind: 'element', label: 'The empty area', help: 'The message or placeholder shown while there is nothing yet. The tour shows only while it is on the page.' },
    { key: 'action', kind: 'element', label: 'The button that fills it', help: 'e.g. “Create your first …”.' },
  ],
  build(values, context) {
    const empty = values.empty && 'element' in values.empty ? values.empty.element : undefined;
    const action = values.action && 'element' in values.action ? values.action.element : undefined;
    const id = idPool(context.flowIds)('Empty state tour', 'tour');
    const page = empty ? pageOf(empty) : action ? pageOf(action) : { type: 'glob' as const, value: '/**' };
    return {
      flows: [{
        ...baseFlow(id, 'Empty-state tour', 'tour', { pages: { include: [page] }, ...(empty ? { elementPresent: empty.anchor } : {}) }),
        journeyStage: 'activation',
        steps: [
          ...(empty ? [{ id: 'empty', type: 'tooltip' as const, title: 'Nothing here yet', content: paragraphs('This is where your work will show up.'), anchor: empty.anchor }] : []),
          ...(action ? [{ id: 'action', type: 'tooltip' as const, title: elementName(action).slice(0, 200), content: paragraphs('Start here: it takes a minute.'), anchor: action.anchor, advanceOn: { type: 'anchor_click' as const } }] : []),
        ],
      }],
      milestones: [],
      experiments: [],
      open: id,
    };
  },
};
