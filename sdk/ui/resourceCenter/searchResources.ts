/** Something search can find: its words, and what it stands for. */
export interface Searchable<T> {
  title: string;
  summary?: string;
  value: T;
}

/** Lower case, accents and other marks removed, so "resume" finds "Résumé". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Entries whose title or summary contains every word of `query`, best first: words at the start of
 * the title, then anywhere in the title, then only in the summary; ties keep the authored order.
 */
export function searchResources<T>(entries: readonly Searchable<T>[], query: string): T[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: Array<{ value: T; score: number; index: number }> = [];
  entries.forEach((entry, index) => {
    const title = foldText(entry.title);
    const summary = foldText(entry.summary ?? '');
    let score = 0;
    for (const word of words) {
      const at = title.indexOf(word);
      if (at === 0) score += 4;
      else if (at > 0) score += /[\p{L}\p{N}]/u.test(title[at - 1]!) ? 2 : 3;
      else if (summary.includes(word)) score += 1;
      else return;
    }
    scored.push({ value: entry.value, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.value);
}
