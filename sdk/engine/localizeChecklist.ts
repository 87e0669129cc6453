import type { Checklist } from '../../shared/schema/checklist.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import { flowTranslation } from './flowTranslation.ts';

/** The checklist's title and its items' titles and descriptions in `locale`, each falling back to the default text. */
export function localizeChecklist(flow: Flow, checklist: Checklist, locale: string | undefined): Checklist {
  const t = flowTranslation(flow, locale)?.checklist;
  if (!t) return checklist;
  return {
    ...checklist,
    title: t.title ?? checklist.title,
    items: checklist.items.map((item) => {
      const translated = ownValue(t.items, item.id);
      if (!translated) return item;
      const description = translated.description ?? item.description;
      return { ...item, title: translated.title ?? item.title, ...(description !== undefined ? { description } : {}) };
    }),
  };
}
