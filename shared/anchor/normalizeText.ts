/** Longest text kept on a fingerprint (the schema's limit). */
export const MAX_TEXT = 300;

/** Collapses whitespace, trims, and cuts to the fingerprint's text limit. */
export function normalizeText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}
