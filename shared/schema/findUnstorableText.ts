import { formatPath } from './formatIssues.ts';

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (loneSurrogate.test(text)) return 'must not contain an unpaired UTF-16 surrogate';
  return undefined;
}

/**
 * Postgres text and jsonb cannot hold NUL characters or unpaired surrogates, which JSON allows.
 * Returns the first `path: problem`, so such a document is refused naming the spot (a 400 from the
 * server, a problem from `waymark validate`), not a failed insert.
 */
export function findUnstorableText(value: unknown, path: PropertyKey[] = []): string | undefined {
  if (typeof value === 'string') {
    const problem = unstorable(value);
    return problem && `${formatPath(path) || '(root)'}: ${problem}`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = unstorable(key);
      if (keyProblem) return `${formatPath([...path, key])}: key ${keyProblem}`;
      const found = findUnstorableText(child, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
