/** Keys that say what a document is come first; the rest follow in alphabetical order. */
const leadingKeys = ['$schema', 'schemaVersion', 'id', 'key', 'type', 'kind', 'version', 'name', 'title'];

function rank(key: string): number {
  const index = leadingKeys.indexOf(key);
  return index < 0 ? leadingKeys.length : index;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((key) => [key, ordered((value as Record<string, unknown>)[key])]));
}

/**
 * JSON with a stable key order, two-space indents and a final newline: the same document always
 * prints the same bytes, so a file in git changes only where the document did.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(ordered(value), null, 2)}\n`;
}
