import type { Action } from '../../../shared/schema/action.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

const ACTION_TYPES = [
  ['next', 'Go to the next step'],
  ['back', 'Go back a step'],
  ['dismiss', 'Close the flow'],
  ['complete', 'Finish the flow (completed)'],
  ['goto_step', 'Jump to a step'],
  ['url', 'Open a page'],
  ['start_flow', 'Start another flow'],
  ['track', 'Record an event'],
] as const;

function defaultAction(type: Action['type'], stepIds: string[], flowIds: string[]): Action {
  switch (type) {
    case 'goto_step':
      return { type, stepId: stepIds[0] ?? 'step' };
    case 'url':
      return { type, url: '/' };
    case 'start_flow':
      return { type, flowId: flowIds[0] ?? 'flow' };
    case 'track':
      return { type, event: 'clicked' };
    default:
      return { type } as Action;
  }
}

/** What a button or checklist item does. `allowed` limits the choices (checklist items cannot go "next"). */
export function ActionEditor({ label, action, stepIds, onCommit, allowed, none }: { label: string; action: Action | undefined; stepIds: string[]; onCommit: (action: Action | undefined) => void; allowed?: ReadonlyArray<Action['type']>; none?: string }) {
  const { flows } = usePanel();
  const flowIds = flows.map((r) => r.flow.id);
  const options: ReadonlyArray<readonly [Action['type'] | '', string]> = [...(none ? [['', none] as const] : []), ...ACTION_TYPES.filter(([type]) => !allowed || allowed.includes(type))];
  if (!action) {
    return <div class="action wm-stack wm-stack--tight"><SelectField label={label} value="" options={options} onCommit={(type) => onCommit(type ? defaultAction(type, stepIds, flowIds) : undefined)} /></div>;
  }
  return (
    <div class="action wm-stack wm-stack--tight">
      <SelectField label={label} visibleLabel="When clicked" value={action.type} options={options} onCommit={(type) => onCommit(type ? defaultAction(type, stepIds, flowIds) : undefined)} />
      {action.type === 'goto_step' ? (
        <SelectField label="Step" value={action.stepId} options={stepIds.map((id) => [id, id] as const)} onCommit={(stepId) => onCommit({ ...action, stepId })} />
      ) : null}
      {action.type === 'url' ? (
        <>
          <TextField label="URL" visibleLabel="Page address (URL)" value={action.url} onCommit={(url) => onCommit({ ...action, url })} />
          <CheckboxField label="Open in a new tab" checked={action.newTab === true} onCommit={(newTab) => onCommit({ ...action, newTab })} />
          <CheckboxField label="Completes the flow" checked={action.complete === true} onCommit={(complete) => onCommit({ ...action, complete })} />
        </>
      ) : null}
      {action.type === 'start_flow' ? (
        <SelectField label="Flow" value={action.flowId} options={flows.map((r) => [r.flow.id, r.flow.name] as const)} onCommit={(flowId) => onCommit({ ...action, flowId })} />
      ) : null}
      {action.type === 'track' ? <TextField label="Event name" value={action.event} onCommit={(event) => onCommit({ ...action, event })} /> : null}
    </div>
  );
}
