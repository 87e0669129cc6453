import type { Recommendation } from '../../../shared/stats/analyzeExperiment.ts';

const ACTION: Record<Recommendation, string> = {
  ship: 'Ship it',
  review: 'Review first',
  dont_ship: "Don't ship",
  keep_running: 'Keep running',
  no_difference: 'Inconclusive',
  fix_split: 'Fix the split',
};

/** What happened and what to do, first thing on a card: the action, the sentence, and which test it rests on. */
export function Headline({ text, recommendation, basis, detail }: { text: string; recommendation: Recommendation; basis: string; detail?: string }) {
  return (
    <div class={`headline headline--${recommendation}`} role="status" data-headline data-recommendation={recommendation}>
      <span class="headline-action">{ACTION[recommendation]}</span>
      <p class="headline-text">{text}</p>
      {detail ? <p class="headline-detail">{detail}</p> : null}
      <p class="headline-basis">{basis}</p>
    </div>
  );
}
