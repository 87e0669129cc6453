/** Prefixes of CSS-in-JS / scoped-style class names whose remainder is a hash. */
const HASHED_PREFIX = /^(?:css|sc|jsx|svelte|astro|emotion|styled|jss|tw|makestyles)-/i;
/** Libraries that number their elements (`react-select-3-input`, `mui-12345`, `mat-input-0`, `ember123`). */
const NUMBERING_LIBRARY = /^(?:react-select|mui|mat|cdk|headlessui|radix|downshift|rc|ember|ext-gen|yui|ui-id|uid|ng-tns|_ngcontent|_nghost|jss|aria|tippy|popover|tooltip|menu|listbox|combobox|dropdown)(?:[-_:]|\d)/i;
const UUID = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
/** React `useId` (`:r1:`, `:R2a6:`, `«r1»`) and similar colon-wrapped counters. */
const COLON_COUNTER = /[:«][a-z]*\d[a-z0-9]*[:»]/i;

/** True for a mixed-case run of letters that reads as random (`bdVaJa`, `kMzXJq`), not camelCase (`navBar`). */
function looksLikeRandomCase(segment: string): boolean {
  if (segment.length < 5 || !/^[a-zA-Z]+$/.test(segment) || !/[a-z]/.test(segment) || !/[A-Z].*[A-Z]|[A-Z]{2}/.test(segment.slice(1))) return false;
  const humps = segment.split(/(?=[A-Z])/);
  return humps.filter((hump) => hump.length <= 2).length >= 2;
}

/** True for a segment that mixes letters and digits like a hash (`1x9f2ab`, `3kD9x`, `a3f9c2`). */
function looksLikeHash(segment: string): boolean {
  if (segment.length < 5 || !/^[a-zA-Z0-9]+$/.test(segment)) return false;
  const digits = segment.replace(/\D/g, '').length;
  const letters = segment.length - digits;
  if (letters === 0) return false;
  return digits >= 2 || (digits >= 1 && looksLikeRandomCase(segment.replace(/\d/g, 'x')));
}

/**
 * Whether an id or class name looks machine-generated (and so will change between builds or
 * renders): hashed CSS-in-JS / CSS-module classes, framework counters, uuids and digit-heavy
 * tokens. Errs towards "generated": ignoring a stable token costs one piece of evidence, trusting a
 * generated one breaks the anchor.
 */
export function isGeneratedToken(token: string): boolean {
  const value = token.trim();
  if (!value) return true;
  if (UUID.test(value) || COLON_COUNTER.test(value)) return true;
  if (HASHED_PREFIX.test(value)) return true;
  if (/^\d/.test(value) && /\d{2,}/.test(value)) return true;
  const digits = value.replace(/\D/g, '').length;
  if (digits > 0 && NUMBERING_LIBRARY.test(value)) return true;
  if (digits >= 4 || (digits >= 3 && digits / value.length >= 0.4)) return true;
  const segments = value.split(/[-_:.]+/).filter(Boolean);
  if (segments.some((segment) => /^\d{3,}$/.test(segment))) return true;
  // A number in the middle of a name is a counter (`downshift-0-input`, `rc-tabs-0-tab-1`); at the
  // end it is usually part of a design token (`col-md-6`, `grid-cols-12`).
  if (segments.slice(0, -1).some((segment, index) => index > 0 && /^\d+$/.test(segment))) return true;
  if (/_{2}[a-zA-Z0-9-]{5,}$/.test(value) && /[0-9]|[a-z][A-Z]/.test(value.split('__').pop() ?? '')) return true;
  return segments.some((segment) => looksLikeHash(segment) || looksLikeRandomCase(segment));
}
