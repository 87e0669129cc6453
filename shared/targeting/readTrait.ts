const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The trait at `key`, or `undefined`. A dotted key (`company.size`) walks nested objects; an own
 * property literally named `company.size` wins over the walk. Only own properties are read, and a
 * key with a `__proto__`/`constructor`/`prototype` segment or an empty segment reads nothing.
 * Arrays are walked by own keys too (`tags.0`, `tags.length`); strings and other primitives are not.
 */
export function readTrait(traits: unknown, key: unknown): unknown {
  if (typeof key !== 'string' || key === '' || typeof traits !== 'object' || traits === null) return undefined;
  const segments = key.split('.');
  if (segments.some((segment) => segment === '' || FORBIDDEN_SEGMENTS.has(segment))) return undefined;
  if (hasOwn(traits, key)) return (traits as Record<string, unknown>)[key];
  let current: unknown = traits;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null || !hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
