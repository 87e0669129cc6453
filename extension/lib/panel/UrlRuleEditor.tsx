import type { UrlRule } from '../../../shared/schema/urlRule.ts';
import { SelectField, TextField } from './fields.tsx';

export const URL_RULE_TYPES = [
  ['exact', 'is exactly'],
  ['glob', 'matches (* one part, ** any depth)'],
  ['path', 'has the shape (e.g. /projects/:id)'],
  ['query', 'has in its query'],
  ['regex', 'matches a regular expression (advanced)'],
] as const;

const PLACEHOLDERS: Record<UrlRule['type'], string> = { exact: '/settings', glob: '/projects/*/settings', path: '/projects/:id', query: 'tab=billing', regex: '^/reports/\\d+$' };

/** One URL rule as a sentence: "[the address] [is exactly] [/settings]". */
export function UrlRuleEditor({ label, rule, onCommit, visibleLabel }: { label: string; rule: UrlRule; onCommit: (rule: UrlRule) => void; visibleLabel?: string }) {
  return (
    <div class="wm-row url-rule">
      <SelectField label={`${label} match`} visibleLabel={visibleLabel ?? 'The address'} value={rule.type} options={URL_RULE_TYPES} onCommit={(type) => onCommit({ type, value: rule.value })} />
      <TextField label={`${label} URL`} visibleLabel={<span class="wm-sr-only">{label} URL</span>} value={rule.value} placeholder={PLACEHOLDERS[rule.type]} onCommit={(value) => onCommit({ ...rule, value })} />
    </div>
  );
}
