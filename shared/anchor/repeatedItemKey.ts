import type { RepeatedItem } from '../schema/anchor.ts';
import { composedText } from './composedText.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';
import { TEST_ID_ATTRIBUTES } from './testIdAttributes.ts';

type Key = NonNullable<RepeatedItem['key']>;

/** Attributes that carry presentation, state or position, never which item this is. */
const NOT_A_KEY = /^(?:class|style|slot|part|role|tabindex|hidden|dir|lang|draggable|contenteditable|checked|selected|disabled|value|open|inert|aria-(?!label$).*|data-(?:v-|react|state|active|selected|open|focus|hover|index|rbd|radix|headlessui|popper|floating|placement|side|align|orientation|highlighted|disabled|checked|expanded|pressed|value|count|loading|theme|mode|expect|wm|pos|position|order|row|col|nth)|(?:.*-)?(?:index|position|order|completed|done|checked|selected|active|editing|state))/;
/** An attribute named as a key (`data-id`, `item-key`, `todo-id`) is trusted even when its value looks generated: it is the app's own key. */
const NAMED_KEY = /(?:^|-)(?:id|key|uid|slug)$/;

function keyAttributes(item: Element, others: Element[]): Record<string, string> {
  const attributes: Record<string, string> = {};
  let kept = 0;
  for (const { name, value } of Array.from(item.attributes)) {
    if (kept >= 3) break;
    if (!value || value.length > 300 || NOT_A_KEY.test(name) || (TEST_ID_ATTRIBUTES as readonly string[]).includes(name)) continue;
    if (!/^[a-z][a-z0-9_:-]*$/.test(name)) continue;
    if (name === 'id' ? isGeneratedToken(value) : !NAMED_KEY.test(name) && isGeneratedToken(value)) continue;
    if (others.some((other) => other.getAttribute(name) === value)) continue;
    attributes[name] = value;
    kept++;
  }
  return attributes;
}

/**
 * What tells `item` from its look-alikes `others`: its stable attributes whose values no other item
 * shares (a shadow host's `item-title`, a `data-id`), and its visible text when no other item has
 * the same. Undefined when nothing does: then only its position is known.
 */
export function repeatedItemKey(item: Element, others: Element[]): Key | undefined {
  const key: Key = {};
  const attributes = keyAttributes(item, others);
  if (Object.keys(attributes).length > 0) key.attributes = attributes;
  const text = composedText(item);
  if (text && text.length < 300 && !others.some((other) => composedText(other) === text)) key.text = text;
  return key.attributes || key.text ? key : undefined;
}
