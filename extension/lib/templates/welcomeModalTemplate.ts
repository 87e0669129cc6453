import { Sparkles } from '../ui/icons.ts';
import type { Template } from './Template.ts';
import { baseFlow, idPool, paragraphs, startPage } from './templateParts.ts';

/** A welcome modal on the first visit of the page the PM is on. */
export const welcomeModalTemplate: Template = {
  id: 'welcome',
  name: 'Welcome modal',
  description: 'Greets new users once, on this page, with one clear next step.',
  icon: Sparkles,
  slots: [],
  build(_values, context) {
    const id = idPool(context.flowIds)('Welcome', 'welcome');
    return {
      flows: [{
        ...baseFlow(id, 'Welcome', 'modal', { pages: { include: [startPage(context)] } }),
        journeyStage: 'activation',
        steps: [{
          id: 'welcome',
          type: 'modal',
          title: 'Welcome aboard',
          content: paragraphs('Here is everything you need to get going. It takes about two minutes.'),
          buttons: [{ id: 'start', label: 'Get started', style: 'primary', action: { type: 'complete' } }, { id: 'later', label: 'Maybe later', style: 'link', action: { type: 'dismiss' } }],
        }],
      }],
      milestones: [],
      experiments: [],
      open: id,
    };
  },
};
