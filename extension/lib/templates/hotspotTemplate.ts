import { CircleDot } from '../ui/icons.ts';
import type { Template } from './Template.ts';
import { baseFlow, elementName, idPool, pageOf, paragraphs } from './templateParts.ts';

/** A pulsing hotspot on a new feature; its tip opens on click. */
export const hotspotTemplate: Template = {
  id: 'hotspot',
  name: 'Hotspot on a new feature',
  description: 'A small pulsing dot that explains a new feature when users hover or tap it.',
  icon: CircleDot,
  slots: [{ key: 'feature', kind: 'element', label: 'The new feature', help: 'The element the dot sits on.' }],
  build(values, context) {
    const value = values.feature;
    const id = idPool(context.flowIds)('Feature hotspot', 'hotspot');
    const name = value && 'element' in value ? elementName(value.element) : 'New feature';
    const page = value && 'element' in value ? pageOf(value.element) : { type: 'glob' as const, value: '/**' };
    return {
      flows: [{
        ...baseFlow(id, `Hotspot: ${name}`.slice(0, 200), 'hotspot', { pages: { include: [page] } }),
        frequency: { type: 'until_completed' },
        journeyStage: 'adoption',
        steps: value && 'element' in value
          ? [{ id: 'hotspot', type: 'hotspot', title: `New: ${name}`.slice(0, 200), content: paragraphs('Try it: it saves you a few clicks every day.'), anchor: value.element.anchor }]
          : [],
      }],
      milestones: [],
      experiments: [],
      open: id,
    };
  },
};
