import type { AdvanceOn } from '../../../shared/schema/step.ts';
import { SelectField, TextField } from './fields.tsx';
import { useConnectionState } from './PanelContext.ts';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';
import { pathOf } from '../flows/pathOf.ts';

const TYPES = [['button', 'They press a button (Next)'], ['anchor_click', 'They click the element'], ['event', 'Your app tracks an event'], ['url', 'They reach a page']] as const;

/** What completes the step besides its buttons. */
export function AdvanceEditor({ value, onCommit }: { value: AdvanceOn | undefined; onCommit: (value: AdvanceOn | undefined) => void }) {
  const { pageUrl, seenEvents } = useConnectionState();
  const current = value ?? { type: 'button' as const };
  const change = (type: AdvanceOn['type']) => {
    if (type === 'button') onCommit(undefined);
    else if (type === 'anchor_click') onCommit({ type });
    else if (type === 'event') onCommit({ type, name: seenEvents[0] ?? 'event_name' });
    else onCommit({ type, rule: { type: 'exact', value: pageUrl ? pathOf(pageUrl) : '/' } });
  };
  return (
    <div class="wm-stack wm-stack--tight advance">
      <SelectField label="Advance on" visibleLabel="Go to the next step when" value={current.type} options={TYPES} onCommit={change} />
      {current.type === 'event' ? <TextField label="Advance event name" visibleLabel="Event name" value={current.name} onCommit={(name) => onCommit({ type: 'event', name })} hint={seenEvents.length ? `Seen on the page: ${seenEvents.join(', ')}` : undefined} /> : null}
      {current.type === 'url' ? <UrlRuleEditor label="Advance page" visibleLabel="The page’s address" rule={current.rule} onCommit={(rule) => onCommit({ type: 'url', rule })} /> : null}
    </div>
  );
}
