import type { Condition } from '../../../shared/schema/condition.ts';
import { validateCondition } from '../../../shared/targeting/validateCondition.ts';
import { CheckboxField, NumberField, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

type Leaf = Exclude<Condition, { type: 'all' | 'any' | 'not' | 'element' }>;
interface Row {
  negate: boolean;
  condition: Leaf;
}

const TYPES = [['trait', 'User trait'], ['event', 'Event count'], ['milestone', 'Milestone'], ['flow', 'Other flow'], ['device', 'Device'], ['date', 'Date window']] as const;
const TRAIT_OPS = [['eq', 'is'], ['ne', 'is not'], ['in', 'is one of'], ['not_in', 'is none of'], ['contains', 'contains'], ['gt', '>'], ['gte', '≥'], ['lt', '<'], ['lte', '≤'], ['exists', 'is set'], ['not_exists', 'is not set'], ['before', 'is before'], ['after', 'is after'], ['regex', 'matches regex']] as const;
const COUNT_OPS = [['gte', 'at least'], ['lte', 'at most'], ['eq', 'exactly'], ['gt', 'more than'], ['lt', 'fewer than']] as const;
const FLOW_STATES = [['seen', 'seen'], ['not_seen', 'not seen'], ['completed', 'completed'], ['not_completed', 'not completed'], ['dismissed', 'dismissed'], ['not_dismissed', 'not dismissed']] as const;

function defaultCondition(type: Leaf['type'], milestone: string | undefined, flowId: string | undefined): Leaf {
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
  }
}

/** Reads an audience into one all/any group of (optionally negated) conditions, or null if it is deeper than that. */
function toRows(audience: Condition | undefined): { mode: 'all' | 'any'; rows: Row[] } | null {
  if (!audience) return { mode: 'all', rows: [] };
  const group = audience.type === 'all' || audience.type === 'any' ? audience : { type: 'all' as const, conditions: [audience] };
  const rows: Row[] = [];
  for (const c of group.conditions) {
    const negate = c.type === 'not';
    const inner = c.type === 'not' ? c.condition : c;
    if (inner.type === 'all' || inner.type === 'any' || inner.type === 'not' || inner.type === 'element') return null;
    rows.push({ negate, condition: inner });
  }
  return { mode: group.type, rows };
}

function fromRows(mode: 'all' | 'any', rows: Row[]): Condition | undefined {
  if (rows.length === 0) return undefined;
  return { type: mode, conditions: rows.map((r) => (r.negate ? { type: 'not', condition: r.condition } : r.condition)) };
}

const parseValue = (raw: string): string | number | boolean => (raw === 'true' ? true : raw === 'false' ? false : raw.trim() !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw);

/** Who sees the flow: user traits, event counts, milestones, other flows, device and dates, combined with all/any. */
export function AudienceEditor({ audience, onCommit }: { audience: Condition | undefined; onCommit: (audience: Condition | undefined, note: string) => void }) {
  const { milestones, flows } = usePanel();
  const parsed = toRows(audience);
  if (!parsed) return <p class="warning">This audience uses nested groups; it is kept as is (edit it in the bundle JSON).</p>;
  const { mode, rows } = parsed;
  const commit = (next: Row[], note: string, nextMode = mode) => onCommit(fromRows(nextMode, next), note);
  const update = (i: number, condition: Leaf) => commit(rows.map((r, j) => (j === i ? { ...r, condition } : r)), 'Edited audience condition');
  const problems = audience ? validateCondition(audience, ['audience']) : [];
  return (
    <div class="audience">
      {rows.length > 1 ? <SelectField label="Users must match" value={mode} options={[['all', 'all conditions'], ['any', 'any condition']] as const} onCommit={(m) => commit(rows, 'Audience mode', m)} /> : null}
      {rows.length === 0 ? <p class="hint">Everyone.</p> : null}
      {rows.map(({ negate, condition: c }, i) => (
        <fieldset key={i} class="condition">
          <legend>Condition {i + 1}</legend>
          <SelectField label="Condition type" value={c.type} options={TYPES} onCommit={(type) => update(i, defaultCondition(type, milestones[0]?.id, flows[0]?.flow.id))} />
          {c.type === 'trait' ? (
            <div class="row">
              <TextField label="Trait" value={c.key} onCommit={(key) => update(i, { ...c, key })} />
              <SelectField label="Operator" value={c.op} options={TRAIT_OPS} onCommit={(op) => update(i, { ...c, op })} />
              {c.op !== 'exists' && c.op !== 'not_exists' ? (
                <TextField
                  label={c.op === 'in' || c.op === 'not_in' ? 'Values (comma separated)' : 'Value'}
                  value={Array.isArray(c.value) ? c.value.join(', ') : c.value === undefined ? '' : String(c.value)}
                  onCommit={(raw) => update(i, { ...c, value: c.op === 'in' || c.op === 'not_in' ? raw.split(',').map((v) => parseValue(v.trim())) : parseValue(raw) })}
                />
              ) : null}
            </div>
          ) : null}
          {c.type === 'event' ? (
            <div class="row">
              <TextField label="Event" value={c.name} onCommit={(name) => update(i, { ...c, name })} />
              <SelectField label="Count" value={c.op} options={COUNT_OPS} onCommit={(op) => update(i, { ...c, op })} />
              <NumberField label="Times" value={c.count} min={0} onCommit={(count) => update(i, { ...c, count: count ?? 0 })} />
              <NumberField label="In the last days" value={c.withinDays} min={1} onCommit={(withinDays) => update(i, { ...c, withinDays })} />
            </div>
          ) : null}
          {c.type === 'milestone' ? (
            <div class="row">
              <SelectField label="Milestone" value={c.milestone} options={milestones.map((m) => [m.id, m.name] as const)} onCommit={(milestone) => update(i, { ...c, milestone })} />
              <SelectField label="State" value={c.reached ? 'yes' : 'no'} options={[['yes', 'reached'], ['no', 'not reached']] as const} onCommit={(v) => update(i, { ...c, reached: v === 'yes' })} />
            </div>
          ) : null}
          {c.type === 'flow' ? (
            <div class="row">
              <SelectField label="Flow" value={c.flowId} options={flows.map((r) => [r.flow.id, r.flow.name] as const)} onCommit={(flowId) => update(i, { ...c, flowId })} />
              <SelectField label="Flow state" value={c.state} options={FLOW_STATES} onCommit={(state) => update(i, { ...c, state })} />
            </div>
          ) : null}
          {c.type === 'device' ? (
            <div class="row">
              <NumberField label="Min width (px)" value={c.minWidth} min={0} onCommit={(minWidth) => update(i, { ...c, minWidth })} />
              <NumberField label="Max width (px)" value={c.maxWidth} min={0} onCommit={(maxWidth) => update(i, { ...c, maxWidth })} />
              <CheckboxField label="Touch devices only" checked={c.touch === true} onCommit={(touch) => update(i, { ...c, touch: touch || undefined })} />
            </div>
          ) : null}
          {c.type === 'date' ? (
            <div class="row">
              <TextField label="From (YYYY-MM-DD)" value={c.from ? new Date(c.from).toISOString().slice(0, 10) : ''} onCommit={(v) => update(i, { ...c, from: v ? Date.parse(v) || undefined : undefined })} />
              <TextField label="To (YYYY-MM-DD)" value={c.to ? new Date(c.to).toISOString().slice(0, 10) : ''} onCommit={(v) => update(i, { ...c, to: v ? Date.parse(v) || undefined : undefined })} />
            </div>
          ) : null}
          <CheckboxField label="Does NOT match" checked={negate} onCommit={(n) => commit(rows.map((r, j) => (j === i ? { ...r, negate: n } : r)), 'Audience negation')} />
          <button type="button" onClick={() => commit(rows.filter((_, j) => j !== i), 'Removed audience condition')}>Remove condition</button>
        </fieldset>
      ))}
      <button type="button" onClick={() => commit([...rows, { negate: false, condition: defaultCondition('trait', undefined, undefined) }], 'Added audience condition')}>Add condition</button>
      {problems.length ? <ul class="problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
    </div>
  );
}
