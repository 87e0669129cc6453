import { ContentView } from './ContentView.tsx';
import { StepButtons } from './StepButtons.tsx';
import type { StepViewModel } from './StepViewModel.ts';

/** Title, content, progress and buttons: the part every card-like step shares. */
export function StepBody({ view, ids }: { view: StepViewModel; ids: { title: string; body: string } }) {
  const { step } = view;
  return (
    <>
      {step.title ? <h2 class="wm-title" id={ids.title}>{step.title}</h2> : null}
      <ContentView content={step.content} id={ids.body} />
      <div class="wm-footer">
        {view.showProgress ? <span class="wm-progress" data-wm-progress="" dir="auto">{`${view.index + 1} of ${view.total}`}</span> : null}
        <StepButtons buttons={view.buttons} onAction={view.onAction} />
      </div>
    </>
  );
}

export const idsFor = (view: StepViewModel) => {
  const base = `wm-${view.flowId}-${view.step.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return { title: `${base}-title`, body: `${base}-body` };
};
