import type * as z from 'zod/mini';

/** A key that reads plainly after a dot: not empty, no dot, space, bracket, colon or quote. */
const PLAIN_KEY = /^[^.\s[\]:"]+$/;

/** `['steps', 2, 'anchor']` → `steps[2].anchor`; a key that would not read plainly is quoted: `children[2][""]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol' || !PLAIN_KEY.test(key)) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/** One line per problem: `steps[2].anchor: required for tooltip steps`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      return formatIssues(best, [...prefix, ...issue.path]);
    }
    if (issue.code === 'invalid_union' && 'options' in issue && issue.options?.length) {
      const path = formatPath([...prefix, ...issue.path, ...(issue.discriminator && issue.path.at(-1) !== issue.discriminator ? [issue.discriminator] : [])]);
      return [`${path}: must be one of ${issue.options.map((o) => JSON.stringify(o)).join(', ')}`];
    }
    const path = formatPath([...prefix, ...issue.path]);
    return [`${path || '(root)'}: ${issue.message}`];
  });
}

type RawIssue = { code?: string; input?: unknown; [key: string]: unknown };

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : typeof input;
}

function bound(issue: RawIssue, word: 'least' | 'most'): string {
  const limit = String(issue.minimum ?? issue.maximum);
  const exclusive = issue.inclusive === false;
  switch (issue.origin) {
    case 'string': return `must be at ${word} ${limit} characters`;
    case 'array': return `must have at ${word} ${limit} items`;
    default: return exclusive ? `must be ${word === 'least' ? 'greater' : 'less'} than ${limit}` : `must be at ${word} ${limit}`;
  }
}

/**
 * Error map used by every parse. zod/mini ships no message locale (it would cost bytes),
 * so the messages are written here; checks with their own message keep theirs.
 */
export function issueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${String(issue.expected)}, got ${describeInput(issue.input)}`;
    case 'too_small': return bound(issue, 'least');
    case 'too_big': return bound(issue, 'most');
    case 'invalid_format': return `invalid ${String(issue.format)}`;
    case 'not_multiple_of': return `must be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys': return `unknown ${(issue.keys as string[]).length > 1 ? 'keys' : 'key'} ${(issue.keys as string[]).map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_value': {
      const values = (issue.values as unknown[]).map((v) => JSON.stringify(v));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'invalid_key': return 'invalid key';
    default: return undefined;
  }
}
