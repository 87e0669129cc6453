import { formatPath } from './formatIssues.ts';

/**
 * `path: problem` lines for every own `__proto__` key in a document (JSON.parse keeps it as an
 * ordinary key). zod skips such keys in records, which would drop an author's entry silently;
 * reporting it makes it an invalid key like any other. Walks iteratively, each object once.
 */
export function findReservedKeys(input: unknown): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const stack: [unknown, PropertyKey[]][] = [[input, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) problems.push(`${formatPath([...path, '__proto__'])}: "__proto__" is not allowed as a key`);
    const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], [...path, entries[i]![0]]]);
  }
  return problems;
}

/** A problem line of a nested document, placed under `prefix`: `(root): x` → `flows[0]: x`, `id: x` → `flows[0].id: x`. */
export function prefixProblem(prefix: string, line: string): string {
  if (line.startsWith('(root)')) return prefix + line.slice('(root)'.length);
  return line.startsWith('[') ? prefix + line : `${prefix}.${line}`;
}
