/**
 * `record[key]` when `key` is the record's own key, else `undefined`. Records keyed by an author's
 * or user's ids (`constructor`, `toString` are valid ids) must not answer with Object.prototype's members.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
