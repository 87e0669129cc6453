import type { Condition } from '../../../shared/schema/condition.ts';
import { validateCondition } from '../../../shared/targeting/validateCondition.ts';
import {
  appendTo, asGroup, fromRootGroup, pathLabel, removeAt, replaceAt, setMode, setNegated, toRootGroup, unwrap,
  type ConditionPath, type Group, type GroupMode,
} from '../flows/conditionTree.ts';
import { ConditionEditor, defaultCondition, type Leaf } from './ConditionEditor.tsx';
import { CheckboxField, SelectField } from './fields.tsx';

const MODES = [['all', 'all of these'], ['any', 'any of these']] as const;

/** Applies a tree edit to the audience as stored when the save runs (an element pick may finish after other edits). */
type Commit = (change: (root: Group) => Group, note: string) => void;

/** One all/any group: its mode, its conditions and nested groups, and buttons to add either. */
function GroupEditor({ group, path, commit }: { group: Group; path: ConditionPath; commit: Commit }) {
  const name = path.length ? `Group ${pathLabel(path)}` : 'Audience';
  return (
    <div class="condition-group" role="group" aria-label={name} data-condition-group={pathLabel(path) || 'root'}>
      {group.conditions.length > 1 || path.length ? (
        <SelectField label={path.length ? `${name}: users must match` : 'Users must match'} value={group.type} options={MODES} onCommit={(mode: GroupMode) => commit((r) => setMode(r, path, mode), `${name}: match ${mode}`)} />
      ) : null}
      {group.conditions.length === 0 ? <p class="hint">{path.length ? 'Empty group.' : 'Everyone.'}</p> : null}
      {group.conditions.map((child, i) => {
        const childPath = [...path, i];
        const label = pathLabel(childPath);
        const { negated, inner } = unwrap(child);
        const nested = asGroup(child);
        return (
          <fieldset key={`${label}:${inner.type}`} class={nested ? 'condition nested' : 'condition'} aria-label={nested ? `Group ${label}` : `Condition ${label}`}>
            <legend>{nested ? `Group ${label}` : `Condition ${label}`}</legend>
            {nested ? (
              <GroupEditor group={nested} path={childPath} commit={commit} />
            ) : (
              <ConditionEditor condition={inner as Leaf} purpose={`audience:${label}`} onCommit={(next) => commit((r) => replaceAt(r, childPath, next), 'Edited audience condition')} />
            )}
            <div class="row">
              <CheckboxField label={nested ? `Does NOT match group ${label}` : `Does NOT match condition ${label}`} checked={negated} onCommit={(n) => commit((r) => setNegated(r, childPath, n), 'Audience negation')} />
              <button type="button" onClick={() => commit((r) => removeAt(r, childPath), nested ? 'Removed audience group' : 'Removed audience condition')}>
                {nested ? `Remove group ${label}` : `Remove condition ${label}`}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div class="row">
        <button type="button" onClick={() => commit((r) => appendTo(r, path, defaultCondition('trait', undefined, undefined)), 'Added audience condition')}>
          {path.length ? `Add condition to group ${pathLabel(path)}` : 'Add condition'}
        </button>
        <button type="button" onClick={() => commit((r) => appendTo(r, path, { type: 'any', conditions: [defaultCondition('trait', undefined, undefined)] }), 'Added audience group')}>
          {path.length ? `Add group to group ${pathLabel(path)}` : 'Add group'}
        </button>
      </div>
    </div>
  );
}

/**
 * Who sees the flow: conditions of every kind (traits, event counts, milestones, other flows,
 * device, dates, an element on the page) in all/any groups nested to any depth, each negatable.
 */
export function AudienceEditor({ audience, onChange }: { audience: Condition | undefined; onChange: (change: (audience: Condition | undefined) => Condition | undefined, note: string) => void }) {
  const root = toRootGroup(audience);
  const problems = audience ? validateCondition(audience, ['audience']) : [];
  return (
    <div class="audience">
      <GroupEditor group={root} path={[]} commit={(change, note) => onChange((current) => fromRootGroup(change(toRootGroup(current))), note)} />
      {problems.length ? <ul class="problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
    </div>
  );
}
