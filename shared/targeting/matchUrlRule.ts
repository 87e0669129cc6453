import { compileRegex, type LinearRegex } from '../regex/index.ts';
import type { UrlRule } from '../schema/urlRule.ts';

/** Longest URL (`href`) a glob, path or regex rule is run against; longer URLs do not match. */
export const MAX_MATCHED_URL_LENGTH = 8192;

/** The parts of a location a URL rule looks at. */
export interface PageLocation {
  /** Path without query, e.g. `/projects/42`; in a hash-routed app with its fragment route, e.g. `/#/active`. */
  path: string;
  /** Query string including `?`, or empty. */
  search: string;
  /** Full URL, e.g. `https://app.example.com/projects/42?tab=a`. */
  href: string;
}

/**
 * Whether the fragment is the app's route: `true`, `false`, or `'auto'` (the default): a fragment
 * that starts with `#/` or `#!/` is a route (`#/active`), any other is an in-page link (`#pricing`).
 */
export type HashRouting = boolean | 'auto';

/**
 * The parts of a URL rules look at. When the fragment is a route, it is part of the path
 * (`/#/active`, so exact, glob and path rules can target it; `#/` alone is the root route, `/`),
 * and its query counts as the query when the URL has none.
 */
export function toPageLocation(url: string | URL, hashRouting: HashRouting = 'auto'): PageLocation {
  const u = typeof url === 'string' ? new URL(url) : url;
  const fragment = u.hash.slice(1);
  const routed = hashRouting === true ? fragment.length > 0 : hashRouting === 'auto' && /^!?\//.test(fragment);
  if (!routed) return { path: u.pathname, search: u.search, href: u.href };
  const [route = '', query = ''] = fragment.replace(/^!/, '').split(/\?(.*)/s);
  const normalized = route.startsWith('/') ? route : `/${route}`;
  return { path: normalized === '/' ? u.pathname : `${u.pathname}#${normalized}`, search: u.search || (query ? `?${query}` : ''), href: u.href };
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each rule's compiled pattern, kept beside the rule object. Rules are evaluated on every
 * navigation against every flow, and compiling a RegExp costs far more than testing one. The
 * entry remembers what it was compiled from, so a rule edited in place is compiled afresh.
 */
const compiled = new WeakMap<UrlRule, { type: string; value: string; regex: LinearRegex | null }>();

function compiledRegex(rule: UrlRule, toSource: (value: string) => string): LinearRegex | null {
  const entry = compiled.get(rule);
  if (entry && entry.type === rule.type && entry.value === rule.value) return entry.regex;
  const result = compileRegex(toSource(rule.value));
  const regex = result.ok ? result.regex : null;
  compiled.set(rule, { type: rule.type, value: rule.value, regex });
  return regex;
}

function globToRegex(glob: string): string {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*' && glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else if (ch === '*') source += '[^/]*';
    else source += escapeRegex(ch);
  }
  return `^${source}/?$`;
}

function pathPatternToRegex(pattern: string): string {
  const source = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegex(segment)))
    .join('/');
  return `^${source}/?$`;
}

const trimSlash = (path: string): string => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

/** A rule value that is an absolute URL is compared with the full URL, otherwise with the path (+ query). */
function subject(value: string, page: PageLocation): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? page.href : value.includes('?') ? page.path + page.search : page.path;
}

/** Whether one URL rule matches the page. Never throws: a malformed rule matches nothing. */
export function matchUrlRule(rule: UrlRule, page: PageLocation): boolean {
  if (page.href.length > MAX_MATCHED_URL_LENGTH && rule.type !== 'exact' && rule.type !== 'query') return false;
  try {
    switch (rule.type) {
      case 'exact':
        return trimSlash(subject(rule.value, page)) === trimSlash(rule.value);
      case 'glob':
        return compiledRegex(rule, globToRegex)?.test(subject(rule.value, page)) ?? false;
      case 'path':
        return compiledRegex(rule, pathPatternToRegex)?.test(page.path) ?? false;
      case 'regex':
        return compiledRegex(rule, (value) => value)?.test(page.href) ?? false;
      case 'query':
        return page.search.includes(rule.value);
      default:
        return false;
    }
  } catch {
    return false;
  }
}
