import type { PageRules, UrlRule } from '../../../shared/schema/urlRule.ts';
import { suggestPageRules } from '../flows/suggestPageRules.ts';
import { useConnectionState } from './PanelContext.ts';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';
import { Button } from '../ui/Button.tsx';
import { Disclosure } from '../ui/Disclosure.tsx';
import { Plus, X } from '../ui/icons.ts';

/** Include/exclude page rules, prefilled from the current page with a wildcard suggestion. */
export function PageRulesEditor({ rules, onCommit, optional }: { rules: PageRules | undefined; onCommit: (rules: PageRules | undefined, note: string) => void; optional?: boolean }) {
  const { pageUrl } = useConnectionState();
  const suggestion = pageUrl ? suggestPageRules(pageUrl) : null;
  const include = rules?.include ?? [];
  const exclude = rules?.exclude ?? [];
  const set = (nextInclude: UrlRule[], nextExclude: UrlRule[], note: string) =>
    onCommit(nextInclude.length ? { include: nextInclude, ...(nextExclude.length ? { exclude: nextExclude } : {}) } : undefined, note);
  const list = (title: string, items: UrlRule[], update: (items: UrlRule[], note: string) => void) => (
    <div class="rule-list">
      <h4 class="wm-sr-only">{title}</h4>
      {items.map((rule, i) => (
        <div class="rule" key={i}>
          <UrlRuleEditor label={`${title} ${i + 1}`} visibleLabel={i === 0 ? 'Pages where the address' : 'or where it'} rule={rule} onCommit={(next) => update(items.map((r, j) => (j === i ? next : r)), `Edited page rule`)} />
          <div><Button size="sm" variant="ghost" icon={X} onClick={() => update(items.filter((_, j) => j !== i), 'Removed page rule')}>Remove</Button></div>
        </div>
      ))}
      <div><Button size="sm" icon={Plus} onClick={() => update([...items, suggestion?.exact ?? { type: 'exact', value: '/' }], 'Added page rule')}>{items.length ? 'Add another page' : 'Add a page'}</Button></div>
    </div>
  );
  return (
    <div class="page-rules wm-stack wm-stack--tight">
      {include.length === 0 ? <p class="wm-small wm-muted">{optional ? 'On any page.' : 'No page yet: add one, or it never starts on its own.'}</p> : null}
      {list('Show on', include, (items, note) => set(items, exclude, note))}
      {suggestion ? (
        <div class="wm-row wm-row--center suggestion">
          <span class="wm-small wm-muted">You are on <code>{suggestion.exact.value}</code>:</span>
          <Button size="sm" variant="ghost" onClick={() => set([suggestion.exact], exclude, 'Pages: this page')}>Only this page</Button>
          <Button size="sm" variant="ghost" onClick={() => set([suggestion.wildcard], exclude, 'Pages: wildcard')}>Pages like it ({suggestion.wildcard.value})</Button>
        </div>
      ) : null}
      <Disclosure summary={exclude.length ? `Never on ${exclude.length} page${exclude.length === 1 ? '' : 's'}` : 'Never on some pages…'}>
        {list('Never on', exclude, (items, note) => set(include, items, note))}
      </Disclosure>
    </div>
  );
}
