import { MessageSquareHeart } from '../ui/icons.ts';
import type { Template } from './Template.ts';
import { baseFlow, idPool, slotMilestone } from './templateParts.ts';

/** An NPS survey for users who reached a milestone, once, on their next page. */
export const npsTemplate: Template = {
  id: 'nps',
  name: 'NPS after a milestone',
  description: 'Asks “How likely are you to recommend us?” once users have reached a milestone.',
  icon: MessageSquareHeart,
  slots: [{ key: 'moment', kind: 'milestone', label: 'The milestone', help: 'Pick the button users click at that moment, or choose a milestone you already have.' }],
  build(values, context) {
    const id = idPool([...context.flowIds, ...context.milestones.map((m) => m.id)]);
    const { milestone, created } = slotMilestone(values.moment, context, id, 'advocacy', 'Reached the milestone');
    const flowId = id('NPS survey', 'survey');
    return {
      flows: [{
        ...baseFlow(flowId, `NPS after ${milestone.name}`.slice(0, 200), 'survey', { pages: { include: [{ type: 'glob', value: '/**' }] }, delayMs: 2000 }),
        journeyStage: 'advocacy',
        audience: { type: 'milestone', milestone: milestone.id, reached: true },
        steps: [{
          id: 'nps',
          type: 'survey',
          survey: {
            kind: 'nps',
            question: 'How likely are you to recommend us to a friend or colleague?',
            lowLabel: 'Not likely',
            highLabel: 'Very likely',
            followUp: { question: 'What is the main reason for your score?', placeholder: 'Optional' },
            thankYou: 'Thank you! Your answer helps us improve.',
          },
        }],
      }],
      milestones: created ? [milestone] : [],
      experiments: [],
      open: flowId,
    };
  },
};
