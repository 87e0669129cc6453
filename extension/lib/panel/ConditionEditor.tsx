import type { Condition } from '../../../shared/schema/condition.ts';
import { AnchorField } from './AnchorField.tsx';
import { CheckboxField, NumberField, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

export type Leaf = Exclude<Condition, { type: 'all' | 'any' | 'not' }>;

export const CONDITION_TYPES = [['trait', 'A user trait (plan, role…)'], ['event', 'How often they did something'], ['milestone', 'A milestone'], ['flow', 'Another flow'], ['device', 'Their screen'], ['date', 'The date'], ['element', 'Something on the page']] as const;
const TRAIT_OPS = [['eq', 'is'], ['ne', 'is not'], ['in', 'is one of'], ['not_in', 'is none of'], ['contains', 'contains'], ['gt', 'is more than'], ['gte', 'is at least'], ['lt', 'is less than'], ['lte', 'is at most'], ['exists', 'is set'], ['not_exists', 'is not set'], ['before', 'is before'], ['after', 'is after'], ['regex', 'matches a pattern (advanced)']] as const;
const COUNT_OPS = [['gte', 'at least'], ['lte', 'at most'], ['eq', 'exactly'], ['gt', 'more than'], ['lt', 'fewer than']] as const;
const FLOW_STATES = [['seen', 'have seen it'], ['not_seen', 'have not seen it'], ['completed', 'have completed it'], ['not_completed', 'have not completed it'], ['dismissed', 'have closed it'], ['not_dismissed', 'have not closed it']] as const;
const VALUE_KINDS = [['text', 'Text'], ['number', 'Number'], ['boolean', 'Yes/no']] as const;

type Scalar = string | number | boolean;
type ValueKind = (typeof VALUE_KINDS)[number][0];

const kindOf = (value: unknown): ValueKind => (typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text');
function convert(raw: string, kind: ValueKind): Scalar {
  if (kind === 'number') return raw.trim() === '' || Number.isNaN(Number(raw)) ? raw : Number(raw);
  if (kind === 'boolean') return raw.trim().toLowerCase() === 'true' || raw.trim().toLowerCase() === 'yes';
  return raw;
}

/** Stands in until the PM picks the element (an element condition cannot be stored without an anchor). */
const PLACEHOLDER_ANCHOR = { selectors: [{ kind: 'css' as const, value: 'body' }], tag: 'body' };
const isPlaceholder = (anchor: { selectors: Array<{ value: string }> }) => anchor.selectors.length === 1 && anchor.selectors[0]!.value === 'body';

/** A sensible new condition of a type (the element condition starts without an element). */
export function defaultCondition(type: Leaf['type'], milestone: string | undefined, flowId: string | undefined): Leaf {
  switch (type) {
    case 'trait':
      return { type, key: 'plan', op: 'eq', value: 'trial' };
    case 'event':
      return { type, name: 'login', op: 'gte', count: 1, withinDays: 30 };
    case 'milestone':
      return { type, milestone: milestone ?? 'milestone', reached: false };
    case 'flow':
      return { type, flowId: flowId ?? 'flow', state: 'completed' };
    case 'device':
      return { type, minWidth: 768 };
    case 'date':
      return { type, from: Date.now() };
    case 'element':
      return { type, anchor: PLACEHOLDER_ANCHOR };
  }
}

const day = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

/** The fields of one condition of any kind the schema has (trait, event, milestone, flow, device, date, element). */
export function ConditionEditor({ condition: c, purpose, onCommit }: { condition: Leaf; purpose: string; onCommit: (next: Leaf) => void }) {
  const { milestones, flows } = usePanel();
  const update = onCommit;
  const setValue = (raw: string, kind: ValueKind) => {
    if (c.type !== 'trait') return;
    const list = c.op === 'in' || c.op === 'not_in';
    update({ ...c, value: list ? raw.split(',').map((v) => convert(v.trim(), kind)).filter((v) => v !== '') : convert(raw, kind) });
  };
  return (
    <>
      <SelectField label="Condition type" visibleLabel="Based on" value={c.type} options={CONDITION_TYPES} onCommit={(type) => update(defaultCondition(type, milestones[0]?.id, flows[0]?.flow.id))} />
      {c.type === 'trait' ? (() => {
        const sample = Array.isArray(c.value) ? c.value[0] : c.value;
        const kind = kindOf(sample);
        const list = c.op === 'in' || c.op === 'not_in';
        const raw = Array.isArray(c.value) ? c.value.join(', ') : c.value === undefined ? '' : String(c.value);
        return (
          <div class="wm-row">
            <TextField label="Trait" value={c.key} onCommit={(key) => update({ ...c, key })} />
            <SelectField label="Operator" value={c.op} options={TRAIT_OPS} onCommit={(op) => {
              const next = { ...c, op };
              if (op === 'exists' || op === 'not_exists') delete next.value;
              else if (op === 'in' || op === 'not_in') next.value = Array.isArray(c.value) ? c.value : c.value === undefined ? [] : [c.value];
              else if (Array.isArray(c.value)) next.value = c.value[0] ?? '';
              else if (c.value === undefined) next.value = '';
              update(next);
            }} />
            {c.op !== 'exists' && c.op !== 'not_exists' ? (
              <>
                <TextField label={list ? 'Values (comma separated)' : c.op === 'before' || c.op === 'after' ? 'Date (YYYY-MM-DD)' : 'Value'} value={raw} onCommit={(v) => setValue(v, kind)} />
                {c.op !== 'before' && c.op !== 'after' && c.op !== 'regex' && c.op !== 'contains' ? (
                  <SelectField label="Value type" visibleLabel="As" value={kind} options={VALUE_KINDS} onCommit={(k) => setValue(raw, k)} />
                ) : null}
              </>
            ) : null}
          </div>
        );
      })() : null}
      {c.type === 'event' ? (
        <div class="wm-row">
          <TextField label="Event" value={c.name} onCommit={(name) => update({ ...c, name })} />
          <SelectField label="Count" visibleLabel="Done it" value={c.op} options={COUNT_OPS} onCommit={(op) => update({ ...c, op })} />
          <NumberField label="Times" value={c.count} min={0} onCommit={(count) => update({ ...c, count: count ?? 0 })} />
          <NumberField label="In the last days" visibleLabel="In the last (days)" value={c.withinDays} min={1} onCommit={(withinDays) => {
            const next = { ...c, withinDays };
            if (withinDays === undefined) delete next.withinDays;
            update(next);
          }} />
        </div>
      ) : null}
      {c.type === 'milestone' ? (
        <div class="wm-row">
          <SelectField label="Milestone" value={c.milestone} options={milestones.map((m) => [m.id, m.name] as const)} onCommit={(milestone) => update({ ...c, milestone })} />
          <SelectField label="State" visibleLabel="They have" value={c.reached ? 'yes' : 'no'} options={[['yes', 'reached it'], ['no', 'not reached it']] as const} onCommit={(v) => update({ ...c, reached: v === 'yes' })} />
        </div>
      ) : null}
      {c.type === 'flow' ? (
        <div class="wm-row">
          <SelectField label="Flow" value={c.flowId} options={flows.map((r) => [r.flow.id, r.flow.name] as const)} onCommit={(flowId) => update({ ...c, flowId })} />
          <SelectField label="Flow state" visibleLabel="They" value={c.state} options={FLOW_STATES} onCommit={(state) => update({ ...c, state })} />
        </div>
      ) : null}
      {c.type === 'device' ? (
        <div class="wm-row">
          <NumberField label="Min width (px)" visibleLabel="At least (px wide)" value={c.minWidth} min={0} onCommit={(minWidth) => update(clean({ ...c, minWidth }))} />
          <NumberField label="Max width (px)" visibleLabel="At most (px wide)" value={c.maxWidth} min={0} onCommit={(maxWidth) => update(clean({ ...c, maxWidth }))} />
          <CheckboxField label="Touch devices only" checked={c.touch === true} onCommit={(touch) => update(clean({ ...c, touch: touch || undefined }))} />
        </div>
      ) : null}
      {c.type === 'date' ? (
        <div class="wm-row">
          <TextField label="From (YYYY-MM-DD)" value={day(c.from)} onCommit={(v) => update(clean({ ...c, from: v ? Date.parse(v) || undefined : undefined }))} />
          <TextField label="To (YYYY-MM-DD)" value={day(c.to)} onCommit={(v) => update(clean({ ...c, to: v ? Date.parse(v) || undefined : undefined }))} />
        </div>
      ) : null}
      {c.type === 'element' && isPlaceholder(c.anchor) ? <p class="wm-small" role="alert">Pick the element: until then this condition only checks that the page has a body.</p> : null}
      {c.type === 'element' ? (
        <AnchorField label="Only when this element is on the page" anchor={c.anchor} purpose={purpose} onPicked={(picked) => picked && update({ ...c, anchor: picked.anchor })} />
      ) : null}
    </>
  );
}

/** Drops keys set to undefined (the stored document never carries them). */
function clean<T extends object>(value: T): T {
  const copy = { ...value } as Record<string, unknown>;
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as T;
}
