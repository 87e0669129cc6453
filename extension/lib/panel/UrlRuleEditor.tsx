import type { UrlRule } from '../../../shared/schema/urlRule.ts';
import { SelectField, TextField } from './fields.tsx';

export const URL_RULE_TYPES = [
  ['exact', 'Exactly'],
  ['glob', 'Matches (* and **)'],
  ['path', 'Path with :params'],
  ['regex', 'Regular expression'],
  ['query', 'Query contains'],
] as const;

/** One URL rule: how to match and the pattern. */
export function UrlRuleEditor({ label, rule, onCommit }: { label: string; rule: UrlRule; onCommit: (rule: UrlRule) => void }) {
  return (
    <div class="row">
      <SelectField label={`${label} match`} value={rule.type} options={URL_RULE_TYPES} onCommit={(type) => onCommit({ type, value: rule.value })} />
      <TextField label={`${label} URL`} value={rule.value} onCommit={(value) => onCommit({ ...rule, value })} />
    </div>
  );
}
