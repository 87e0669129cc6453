import type { PageRules, UrlRule } from '../../../shared/schema/urlRule.ts';
import { suggestPageRules } from '../flows/suggestPageRules.ts';
import { useConnectionState } from './PanelContext.ts';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';

/** Include/exclude page rules, prefilled from the current page with a wildcard suggestion. */
export function PageRulesEditor({ rules, onCommit }: { rules: PageRules | undefined; onCommit: (rules: PageRules | undefined, note: string) => void }) {
  const { pageUrl } = useConnectionState();
  const suggestion = pageUrl ? suggestPageRules(pageUrl) : null;
  const include = rules?.include ?? [];
  const exclude = rules?.exclude ?? [];
  const set = (nextInclude: UrlRule[], nextExclude: UrlRule[], note: string) =>
    onCommit(nextInclude.length ? { include: nextInclude, ...(nextExclude.length ? { exclude: nextExclude } : {}) } : undefined, note);
  const list = (title: string, items: UrlRule[], update: (items: UrlRule[], note: string) => void) => (
    <div class="rule-list">
      <h4>{title}</h4>
      {items.map((rule, i) => (
        <div class="rule" key={i}>
          <UrlRuleEditor label={`${title} ${i + 1}`} rule={rule} onCommit={(next) => update(items.map((r, j) => (j === i ? next : r)), `Edited page rule`)} />
          <button type="button" onClick={() => update(items.filter((_, j) => j !== i), 'Removed page rule')}>Remove</button>
        </div>
      ))}
      <button type="button" onClick={() => update([...items, suggestion?.exact ?? { type: 'exact', value: '/' }], 'Added page rule')}>Add rule</button>
    </div>
  );
  return (
    <div class="page-rules">
      {suggestion ? (
        <p class="suggestion">
          Current page <code>{suggestion.exact.value}</code>.{' '}
          <button type="button" onClick={() => set([suggestion.exact], exclude, 'Pages: this page')}>Only this page</button>{' '}
          <button type="button" onClick={() => set([suggestion.wildcard], exclude, 'Pages: wildcard')}>Use {suggestion.wildcard.value}</button>
        </p>
      ) : null}
      {list('Show on', include, (items, note) => set(items, exclude, note))}
      {list('Never on', exclude, (items, note) => set(include, items, note))}
    </div>
  );
}
