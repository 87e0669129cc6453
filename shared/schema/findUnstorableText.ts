import { formatPath } from './formatIssues.ts';

/** Deepest nesting a body may have: far above any document Waymark writes, far below what a stack (ours or Postgres's) can take. */
export const MAX_JSON_DEPTH = 128;

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function unstorable(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (loneSurrogate.test(text)) return 'must not contain an unpaired UTF-16 surrogate';
  return undefined;
}

const at = (path: readonly PropertyKey[]) => formatPath([...path]) || '(root)';

/**
 * Postgres text and jsonb cannot hold NUL characters or unpaired surrogates, which JSON allows,
 * and a body nested thousands of levels deep overflows the stack of whatever walks it next.
 * Returns the first `path: problem`, so such a document is refused naming the spot (a 400 from
 * the server, a problem from `waymark validate`), not a failed insert. Walks with an explicit
 * stack (depth-first, in document order), so depth cannot overflow it.
 */
export function findUnstorableText(value: unknown, path: PropertyKey[] = [], maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: Array<{ value: unknown; path: PropertyKey[] }> = [{ value, path }];
  while (stack.length) {
    const { value: current, path: here } = stack.pop()!;
    if (typeof current === 'string') {
      const problem = unstorable(current);
      if (problem) return `${at(here)}: ${problem}`;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (here.length - path.length >= maxDepth) return `${at(here)}: must not be nested deeper than ${maxDepth} levels`;
    const children: Array<{ value: unknown; path: PropertyKey[] }> = [];
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) children.push({ value: current[i], path: [...here, i] });
    } else {
      for (const [key, child] of Object.entries(current)) {
        const keyProblem = unstorable(key);
        if (keyProblem) return `${formatPath([...here, key])}: key ${keyProblem}`;
        children.push({ value: child, path: [...here, key] });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return undefined;
}
