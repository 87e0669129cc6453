import type { AdvanceOn } from '../../../shared/schema/step.ts';
import { SelectField, TextField } from './fields.tsx';
import { useConnectionState } from './PanelContext.ts';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';
import { pathOf } from '../flows/pathOf.ts';

const TYPES = [['button', 'A button'], ['anchor_click', 'Clicking the element'], ['event', 'An event'], ['url', 'Reaching a page']] as const;

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
    <div class="advance">
      <SelectField label="Advance on" value={current.type} options={TYPES} onCommit={change} />
      {current.type === 'event' ? <TextField label="Advance event name" value={current.name} onCommit={(name) => onCommit({ type: 'event', name })} hint={seenEvents.length ? `Seen on the page: ${seenEvents.join(', ')}` : undefined} /> : null}
      {current.type === 'url' ? <UrlRuleEditor label="Advance page" rule={current.rule} onCommit={(rule) => onCommit({ type: 'url', rule })} /> : null}
    </div>
  );
}
