import type { Condition } from '../../../shared/schema/condition.ts';

/**
 * Pure edits of an audience rule as the editor shows it: a root all/any group whose children are
 * conditions or nested groups, each optionally negated ("does NOT match"). A path is the list of
 * child indexes from the root group down; a negated group is walked through transparently.
 */

export type Group = Extract<Condition, { type: 'all' | 'any' }>;
export type GroupMode = Group['type'];
export type ConditionPath = readonly number[];

const isGroup = (node: Condition): node is Group => node.type === 'all' || node.type === 'any';

/** The condition a child stands for, without its `not` wrapper. */
export function unwrap(node: Condition): { negated: boolean; inner: Condition } {
  return node.type === 'not' ? { negated: true, inner: node.condition } : { negated: false, inner: node };
}

/** The group a child is, or null for a plain condition. */
export function asGroup(node: Condition): Group | null {
  const { inner } = unwrap(node);
  return isGroup(inner) ? inner : null;
}

/** The audience as a root group (nothing = an empty "all" group = everyone). */
export function toRootGroup(audience: Condition | undefined): Group {
  if (!audience) return { type: 'all', conditions: [] };
  return isGroup(audience) ? audience : { type: 'all', conditions: [audience] };
}

/** The audience to store: nothing when the root group is empty. */
export function fromRootGroup(root: Group): Condition | undefined {
  return root.conditions.length ? root : undefined;
}

function groupAt(root: Group, path: ConditionPath): Group {
  let group = root;
  for (const index of path) {
    const child = group.conditions[index];
    const next = child && asGroup(child);
    if (!next) throw new Error(`no group at ${path.join('.')}`);
    group = next;
  }
  return group;
}

/** A copy of `root` with the group at `groupPath` changed by `mutate`. */
function editGroup(root: Group, groupPath: ConditionPath, mutate: (group: Group) => void): Group {
  const copy = structuredClone(root);
  mutate(groupAt(copy, groupPath));
  return copy;
}

export function nodeAt(root: Group, path: ConditionPath): Condition {
  const node = groupAt(root, path.slice(0, -1)).conditions[path.at(-1)!];
  if (!node) throw new Error(`no condition at ${path.join('.')}`);
  return node;
}

/** Replaces the child at `path`, keeping its negation. */
export function replaceAt(root: Group, path: ConditionPath, next: Condition): Group {
  return editGroup(root, path.slice(0, -1), (group) => {
    const index = path.at(-1)!;
    const negated = unwrap(group.conditions[index]!).negated;
    group.conditions[index] = negated ? { type: 'not', condition: next } : next;
  });
}

export function removeAt(root: Group, path: ConditionPath): Group {
  return editGroup(root, path.slice(0, -1), (group) => {
    group.conditions.splice(path.at(-1)!, 1);
  });
}

/** Appends `node` to the group at `groupPath`. */
export function appendTo(root: Group, groupPath: ConditionPath, node: Condition): Group {
  return editGroup(root, groupPath, (group) => {
    group.conditions.push(node);
  });
}

/** Switches the group at `groupPath` between "all of" and "any of" (the root too, with `[]`). */
export function setMode(root: Group, groupPath: ConditionPath, mode: GroupMode): Group {
  if (groupPath.length === 0) return { type: mode, conditions: structuredClone(root.conditions) };
  return editGroup(root, groupPath.slice(0, -1), (parent) => {
    const index = groupPath.at(-1)!;
    const { negated, inner } = unwrap(parent.conditions[index]!);
    const group: Group = { type: mode, conditions: (inner as Group).conditions };
    parent.conditions[index] = negated ? { type: 'not', condition: group } : group;
  });
}

export function setNegated(root: Group, path: ConditionPath, negated: boolean): Group {
  return editGroup(root, path.slice(0, -1), (group) => {
    const index = path.at(-1)!;
    const { inner } = unwrap(group.conditions[index]!);
    group.conditions[index] = negated ? { type: 'not', condition: inner } : inner;
  });
}

/** "1.2.1"-style label of a path, for the editor's legends and accessible names. */
export function pathLabel(path: ConditionPath): string {
  return path.map((i) => i + 1).join('.');
}
