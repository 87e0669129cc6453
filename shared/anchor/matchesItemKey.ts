import type { RepeatedItem } from '../schema/anchor.ts';
import { composedText } from './composedText.ts';

/** Whether `item` is the keyed one: by its key attributes when the key has some (text may be edited), else by its text. */
export function matchesItemKey(item: Element, key: NonNullable<RepeatedItem['key']>): boolean {
  const attributes = Object.entries(key.attributes ?? {});
  if (attributes.length > 0) return attributes.every(([name, value]) => item.getAttribute(name) === value);
  return key.text !== undefined && composedText(item) === key.text;
}
