import { Megaphone } from '../ui/icons.ts';
import type { Template } from './Template.ts';
import { baseFlow, elementName, idPool, pageOf, paragraphs } from './templateParts.ts';

/** "New: …" in a modal, then a tooltip pointing at the feature. */
export const featureAnnouncementTemplate: Template = {
  id: 'announcement',
  name: 'Feature announcement',
  description: 'A short “What’s new” modal, then a tooltip on the new feature.',
  icon: Megaphone,
  slots: [{ key: 'feature', kind: 'element', label: 'The new feature', help: 'The button, tab or menu entry users should try.' }],
  build(values, context) {
    const value = values.feature;
    const id = idPool(context.flowIds)('New feature', 'announcement');
    const name = value && 'element' in value ? elementName(value.element) : 'our new feature';
    const page = value && 'element' in value ? pageOf(value.element) : { type: 'glob' as const, value: '/**' };
    return {
      flows: [{
        ...baseFlow(id, `New: ${name}`.slice(0, 200), 'tour', { pages: { include: [page] } }),
        journeyStage: 'adoption',
        steps: [
          {
            id: 'news',
            type: 'modal',
            title: `New: ${name}`.slice(0, 200),
            content: paragraphs('We just shipped something you asked for. Take a look: it takes ten seconds.'),
            buttons: [{ id: 'show', label: 'Show me', style: 'primary', action: { type: 'next' } }, { id: 'skip', label: 'Not now', style: 'link', action: { type: 'dismiss' } }],
          },
          ...(value && 'element' in value
            ? [{ id: 'feature', type: 'tooltip' as const, title: name.slice(0, 200), content: paragraphs('It lives right here.'), anchor: value.element.anchor, url: pageOf(value.element) }]
            : []),
        ],
      }],
      milestones: [],
      experiments: [],
      open: id,
    };
  },
};
