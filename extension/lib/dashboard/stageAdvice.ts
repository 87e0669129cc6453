import type { JourneyStage } from '../../../shared/schema/primitives.ts';

/** Flow kinds that act on users stuck before a stage: what the friction call-out suggests building. */
export const STAGE_ADVICE: Record<JourneyStage, string> = {
  acquisition: 'a welcome modal that says what to do first',
  activation: 'a checklist of the first key actions, with a walkthrough of the hardest one',
  adoption: 'hotspots or tooltips on the features these users have not tried yet',
  retention: "a what's-new announcement or a modal that brings users back to the value they got",
  expansion: 'a bar or modal on the upgrade at the moment users hit a limit',
  advocacy: 'an NPS survey, then a referral ask to promoters',
};

export const stageLabel = (stage: string): string => stage.charAt(0).toUpperCase() + stage.slice(1);
