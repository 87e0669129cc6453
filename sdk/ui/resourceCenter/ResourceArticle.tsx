import { useLayoutEffect, useRef } from 'preact/hooks';
import { ContentView } from '../ContentView.tsx';
import { Icon } from './icons.tsx';
import type { ListedHelp } from './resourceCenterContent.ts';

/** A help item's content, read inside the resource center, with the way back to the list. */
export function ResourceArticle({ article, backLabel, onBack }: { article: ListedHelp; backLabel: string; onBack: () => void }) {
  const back = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => back.current?.focus({ preventScroll: true }), [article.item.id]);
  return (
    <article class="wm-rc-article" data-wm-item={article.item.id} aria-labelledby={`wm-rc-article-${article.item.id}`}>
      <button ref={back} type="button" class="wm-rc-back" onClick={onBack}>
        <Icon name="back" size={16} />
        <span>{backLabel}</span>
      </button>
      <h3 class="wm-rc-article-title" id={`wm-rc-article-${article.item.id}`}>{article.title}</h3>
      {article.summary ? <p class="wm-rc-article-summary">{article.summary}</p> : null}
      <ContentView content={article.content} />
    </article>
  );
}
