import type { Condition } from '../../../shared/schema/condition.ts';
import { validateCondition } from '../../../shared/schema/validateCondition.ts';
import {
  appendTo, asGroup, fromRootGroup, pathLabel, removeAt, replaceAt, setMode, setNegated, toRootGroup, unwrap,
  type ConditionPath, type Group, type GroupMode,
} from '../flows/conditionTree.ts';
import { describeAudience } from '../flows/describeAudience.ts';
import { Button } from '../ui/Button.tsx';
import { Plus, UserRound, X } from '../ui/icons.ts';
import { Icon } from '../ui/Icon.tsx';
import { Toggle } from '../ui/Toggle.tsx';
import { ConditionEditor, defaultCondition, type Leaf } from './ConditionEditor.tsx';
import { SelectField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

const MODES = [['all', 'all of these'], ['any', 'any of these']] as const;

/** Applies a tree edit to the audience as stored when the save runs (an element pick may finish after other edits). */
type Commit = (change: (root: Group) => Group, note: string) => void;

/** "Where", then "and" / "or" before each further condition: the rows read as one sentence. */
const connector = (mode: GroupMode, index: number, negated: boolean) => `${index === 0 ? 'Where' : mode === 'all' ? 'and' : 'or'}${negated ? ' not' : ''}`;

/** One all/any group: its mode, its conditions and nested groups, and buttons to add either. */
function GroupEditor({ group, path, commit }: { group: Group; path: ConditionPath; commit: Commit }) {
  const name = path.length ? `Group ${pathLabel(path)}` : 'Audience';
  const where = path.length ? <span class="wm-sr-only"> to group {pathLabel(path)}</span> : null;
  return (
    <div class="condition-group" role="group" aria-label={name} data-condition-group={pathLabel(path) || 'root'}>
      {group.conditions.length > 1 || path.length ? (
        <SelectField label={path.length ? `${name}: users must match` : 'Users must match'} visibleLabel={path.length ? 'Users in this group match' : 'Users must match'} value={group.type} options={MODES} onCommit={(mode: GroupMode) => commit((r) => setMode(r, path, mode), `${name}: match ${mode}`)} />
      ) : null}
      {group.conditions.length === 0 ? <p class="wm-small wm-muted">{path.length ? 'Empty group: add a condition.' : 'No conditions: everyone who reaches the flow’s pages sees it.'}</p> : null}
      {group.conditions.map((child, i) => {
        const childPath = [...path, i];
        const label = pathLabel(childPath);
        const { negated, inner } = unwrap(child);
        const nested = asGroup(child);
        const what = nested ? `group ${label}` : `condition ${label}`;
        return (
          <div key={`${label}:${inner.type}`} class={`condition${nested ? ' condition--group' : ''}${negated ? ' condition--negated' : ''}`} role="group" aria-label={nested ? `Group ${label}` : `Condition ${label}`}>
            <div class="condition__head">
              <span class="condition__connector">{connector(group.type, i, negated)}</span>
              <span class="panel-grow" />
              <Button size="sm" variant="ghost" icon={X} onClick={() => commit((r) => removeAt(r, childPath), nested ? 'Removed audience group' : 'Removed audience condition')}>
                Remove<span class="wm-sr-only"> {what}</span>
              </Button>
            </div>
            {nested ? (
              <GroupEditor group={nested} path={childPath} commit={commit} />
            ) : (
              <ConditionEditor condition={inner as Leaf} purpose={`audience:${label}`} onCommit={(next) => commit((r) => replaceAt(r, childPath, next), 'Edited audience condition')} />
            )}
            <Toggle label={`Exclude users who match ${what}`} checked={negated} onChange={(n) => commit((r) => setNegated(r, childPath, n), 'Audience negation')} />
          </div>
        );
      })}
      <div class="wm-row wm-row--center">
        <Button size="sm" icon={Plus} onClick={() => commit((r) => appendTo(r, path, defaultCondition('trait', undefined, undefined)), 'Added audience condition')}>
          Add condition{where}
        </Button>
        <Button size="sm" variant="ghost" icon={Plus} onClick={() => commit((r) => appendTo(r, path, { type: 'any', conditions: [defaultCondition('trait', undefined, undefined)] }), 'Added audience group')}>
          Add group{where}
        </Button>
      </div>
    </div>
  );
}

/**
 * Who sees the flow, as a sentence ("Users whose plan is trial and who have not reached …")
 * over the conditions that make it: traits, event counts, milestones, other flows, device, dates,
 * an element on the page, in all/any groups nested to any depth, each one excludable.
 */
export function AudienceEditor({ audience, onChange }: { audience: Condition | undefined; onChange: (change: (audience: Condition | undefined) => Condition | undefined, note: string) => void }) {
  const { milestones, flows } = usePanel();
  const root = toRootGroup(audience);
  const problems = audience ? validateCondition(audience, ['audience']) : [];
  const names = { milestone: (id: string) => milestones.find((m) => m.id === id)?.name ?? id, flow: (id: string) => flows.find((r) => r.flow.id === id)?.flow.name ?? id };
  return (
    <div class="audience wm-stack wm-stack--tight">
      <p class="audience__sentence" data-audience-sentence><Icon icon={UserRound} size={14} /> {describeAudience(fromRootGroup(root), names)}</p>
      <GroupEditor group={root} path={[]} commit={(change, note) => onChange((current) => fromRootGroup(change(toRootGroup(current))), note)} />
      {problems.length ? <ul class="problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
    </div>
  );
}
