/** Schemes a link or image may use; anything else (javascript:, data:, vbscript:, …) is refused. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * True when `url` is relative or uses an allowed scheme. Control characters and whitespace
 * that browsers strip before parsing a scheme are removed first, so `java\tscript:` is caught.
 */
export function isSafeUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > 2048) return false;
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (cleaned === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  if (!scheme) return true;
  return allowedSchemes.has(scheme[1]!.toLowerCase() + ':');
}
