import { stableClasses } from './stableClasses.ts';

/** `tag.stableClass:nth-of-type(k)`; the class only when stable, the index only when a same-tag sibling exists. */
export function pathSegment(element: Element): string {
  const tag = element.localName.toLowerCase();
  let text = CSS.escape(tag);
  const stableClass = stableClasses(element)[0];
  if (stableClass) text += `.${CSS.escape(stableClass)}`;
  const parent = element.parentElement ?? element.parentNode;
  if (!parent) return text;
  let index = 0;
  let count = 0;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName !== element.localName) continue;
    count++;
    if (sibling === element) index = count;
  }
  return count > 1 ? `${text}:nth-of-type(${index})` : text;
}
