/** A deep copy of `value` changed by `mutate` (the editor never mutates what it rendered). */
export function produce<T>(value: T, mutate: (draft: T) => void): T {
  const draft = structuredClone(value);
  mutate(draft);
  return draft;
}
