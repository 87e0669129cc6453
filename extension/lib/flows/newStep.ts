import type { Step } from '../../../shared/schema/step.ts';
import { uniqueId } from './uniqueId.ts';

/** A new step of a type; anchored types start without an anchor until the PM picks one. */
export function newStep(type: Step['type'], takenIds: Iterable<string>, title?: string): Step {
  const id = uniqueId(title ?? type, takenIds, 'step');
  const text = (value: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: value }] }];
  switch (type) {
    case 'tooltip':
      return { id, type, title: title ?? 'New step', content: text('Describe this part of the page.') } as Step;
    case 'hotspot':
      return { id, type, title: title ?? 'New hotspot', content: text('Tell users what this does.') } as Step;
    case 'modal':
      return { id, type, title: title ?? 'Welcome', content: text('Say what is new or what to do next.') };
    case 'bar':
      return { id, type, content: text('Announce something here.') };
    case 'survey':
      return { id, type, survey: { kind: 'nps', question: 'How likely are you to recommend us to a friend or colleague?', lowLabel: 'Not likely', highLabel: 'Very likely' } };
  }
}
