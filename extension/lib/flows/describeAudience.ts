import type { Condition } from '../../../shared/schema/condition.ts';

/** Names for ids a sentence mentions (milestones and flows), so it reads "connected a chatbot", not "chatbot-connected". */
export interface AudienceNames {
  milestone: (id: string) => string;
  flow: (id: string) => string;
}

const TRAIT_WORDS: Record<string, string> = {
  eq: 'is', ne: 'is not', in: 'is one of', not_in: 'is none of', contains: 'contains', gt: 'is more than', gte: 'is at least', lt: 'is less than',
  lte: 'is at most', exists: 'is set', not_exists: 'is not set', before: 'is before', after: 'is after', regex: 'matches the pattern',
};
/** What each operator reads as when the condition is negated ("not (plan is trial)" reads "plan is not trial"). */
const NEGATED_TRAIT_WORDS: Record<string, string> = {
  eq: 'is not', ne: 'is', in: 'is none of', not_in: 'is one of', contains: 'does not contain', gt: 'is at most', gte: 'is less than', lt: 'is at least',
  lte: 'is more than', exists: 'is not set', not_exists: 'is set', before: 'is not before', after: 'is not after', regex: 'does not match the pattern',
};
const COUNT_WORDS: Record<string, string> = { gte: 'at least', lte: 'at most', eq: 'exactly', gt: 'more than', lt: 'fewer than' };
const FLOW_WORDS: Record<string, [string, string]> = {
  seen: ['have seen', 'have not seen'], not_seen: ['have not seen', 'have seen'], completed: ['have completed', 'have not completed'],
  not_completed: ['have not completed', 'have completed'], dismissed: ['have dismissed', 'have not dismissed'], not_dismissed: ['have not dismissed', 'have dismissed'],
};
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const value = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)).join(', ') : String(v));

/** One condition as a clause after "Users" ("whose plan is trial", "who have not reached “Chatbot connected”"). */
export function describeCondition(condition: Condition, names: AudienceNames, negated = false): string {
  switch (condition.type) {
    case 'trait': {
      const verb = (negated ? NEGATED_TRAIT_WORDS : TRAIT_WORDS)[condition.op] ?? condition.op;
      return `whose ${condition.key} ${verb}${condition.op === 'exists' || condition.op === 'not_exists' ? '' : ` ${value(condition.value)}`}`;
    }
    case 'event': {
      const window = condition.withinDays === undefined ? '' : ` in the last ${condition.withinDays} day${condition.withinDays === 1 ? '' : 's'}`;
      const times = `${COUNT_WORDS[condition.op] ?? condition.op} ${condition.count} time${condition.count === 1 ? '' : 's'}`;
      return `who ${negated ? 'have not done' : 'did'} “${condition.name}” ${times}${window}`;
    }
    case 'milestone':
      return `who have ${condition.reached !== negated ? '' : 'not '}reached “${names.milestone(condition.milestone)}”`;
    case 'flow': {
      const [yes, no] = FLOW_WORDS[condition.state] ?? ['are in', 'are not in'];
      return `who ${negated ? no : yes} “${names.flow(condition.flowId)}”`;
    }
    case 'device': {
      const parts = [condition.minWidth !== undefined ? `at least ${condition.minWidth}px wide` : '', condition.maxWidth !== undefined ? `at most ${condition.maxWidth}px wide` : '', condition.touch ? 'with a touch screen' : ''].filter(Boolean);
      return `${negated ? 'not ' : ''}on a screen ${parts.join(' and ') || 'of any size'}`;
    }
    case 'date': {
      const from = condition.from !== undefined ? `from ${day(condition.from)}` : '';
      const to = condition.to !== undefined ? `until ${day(condition.to)}` : '';
      return `${negated ? 'outside' : 'visiting'} ${[from, to].filter(Boolean).join(' ') || 'any day'}`;
    }
    case 'element':
      return `${negated ? 'when the page does not show' : 'when the page shows'} ${condition.anchor.name ? `“${condition.anchor.name}”` : `a ${condition.anchor.tag ?? 'picked element'}`}`;
    case 'not':
      return describeCondition(condition.condition, names, !negated);
    case 'all':
    case 'any': {
      // A negated group reads as its negated parts with the connector flipped (De Morgan):
      // "not (trial or beta)" is "whose plan is not trial and whose beta is not set".
      const parts = condition.conditions.map((c) => describeCondition(c, names, negated));
      const all = (condition.type === 'all') !== negated;
      if (!parts.length) return all ? 'anyone' : 'no one';
      const joined = parts.join(all ? ' and ' : ' or ');
      return parts.length > 1 ? `(${joined})` : joined;
    }
  }
}

/** The audience as one sentence: "Users whose plan is trial and who have not reached “Chatbot connected”". */
export function describeAudience(audience: Condition | undefined, names: AudienceNames): string {
  if (!audience) return 'Everyone';
  if (audience.type === 'all' || audience.type === 'any') {
    if (!audience.conditions.length) return 'Everyone';
    return `Users ${audience.conditions.map((c) => describeCondition(c, names)).join(audience.type === 'all' ? ' and ' : ' or ')}`;
  }
  const text = describeCondition(audience, names);
  // An excluded group at the top needs no brackets around the whole sentence.
  return `Users ${audience.type === 'not' && text.startsWith('(') ? text.slice(1, -1) : text}`;
}
