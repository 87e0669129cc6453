import type { Block, Content, Inline, TextNode } from '../../../shared/schema/content.ts';
import { isSafeUrl } from '../../../shared/schema/safeUrl.ts';

type Mark = NonNullable<TextNode['marks']>[number];

const MARKS: Record<string, Mark> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', code: 'code' };
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'img', 'blockquote', 'pre', 'section', 'article', 'figure']);

function marksOf(element: Element, inherited: Mark[]): Mark[] {
  const marks = [...inherited];
  const add = (mark: Mark | undefined) => mark && !marks.includes(mark) && marks.push(mark);
  add(MARKS[element.localName]);
  if (element instanceof HTMLElement) {
    const weight = element.style.fontWeight;
    if (weight === 'bold' || Number(weight) >= 600) add('bold');
    if (element.style.fontStyle === 'italic') add('italic');
  }
  return marks;
}

/** Text, marks, links and line breaks inside an element; anything else is reduced to its text. */
function inlinesOf(node: Node, marks: Mark[], out: Inline[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      const text = (child.nodeValue ?? '').replace(/\s+/g, ' ');
      if (!text) continue;
      const last = out.at(-1);
      if (last?.type === 'text' && (last.marks ?? []).join() === marks.join()) last.text += text;
      else out.push({ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) });
    } else if (child instanceof Element) {
      if (child.localName === 'br') out.push({ type: 'break' });
      else if (child.localName === 'a') {
        const href = child.getAttribute('href') ?? '';
        const children: Inline[] = [];
        inlinesOf(child, marks, children);
        const texts = children.filter((c): c is TextNode => c.type === 'text');
        if (href && isSafeUrl(href) && texts.length) out.push({ type: 'link', href, ...(child.getAttribute('target') === '_blank' ? { newTab: true } : {}), children: texts });
        else out.push(...texts);
      } else inlinesOf(child, marksOf(child, marks), out);
    }
  }
}

function trimInlines(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const last = inlines.at(-1);
  if (last?.type === 'text') last.text = last.text.replace(/\s+$/, '');
  while (inlines.at(-1)?.type === 'break') inlines.pop();
  return inlines.filter((inline) => inline.type !== 'text' || inline.text.length > 0);
}

function imageBlock(img: Element): Block | null {
  const src = img.getAttribute('src') ?? '';
  if (!src || !isSafeUrl(src)) return null;
  const block: Block = { type: 'image', src, alt: (img.getAttribute('alt') ?? '').slice(0, 300) };
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  if (Number.isInteger(width) && width > 0 && width <= 2000) block.width = width;
  if (Number.isInteger(height) && height > 0 && height <= 2000) block.height = height;
  return block;
}

/**
 * Reads the editor's DOM back into the content tree: paragraphs, headings, lists, images, text with
 * bold/italic/underline/code, links and line breaks. Unknown markup keeps only its text, unsafe URLs
 * are dropped: no HTML is ever stored.
 */
export function domToContent(root: Node): Content {
  const blocks: Block[] = [];
  let loose: Inline[] = [];
  const flush = () => {
    const children = trimInlines(loose);
    if (children.length) blocks.push({ type: 'paragraph', children });
    loose = [];
  };
  const visit = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (!(child instanceof Element) || !BLOCKS.has(child.localName)) {
        if (child instanceof Element && child.localName === 'br') flush();
        else {
          const wrapper = child.ownerDocument!.createDocumentFragment();
          wrapper.append(child.cloneNode(true));
          inlinesOf(wrapper, [], loose);
        }
        continue;
      }
      flush();
      const tag = child.localName;
      if (tag === 'img') {
        const image = imageBlock(child);
        if (image) blocks.push(image);
      } else if (tag === 'ul' || tag === 'ol') {
        const items = Array.from(child.children).filter((li) => li.localName === 'li').map((li) => trimInlines(collect(li))).filter((item) => item.length);
        if (items.length) blocks.push({ type: 'list', ...(tag === 'ol' ? { ordered: true } : {}), items });
      } else if (/^h[1-6]$/.test(tag)) {
        const children = trimInlines(collect(child));
        if (children.length) blocks.push({ type: 'heading', level: Math.min(3, Number(tag[1])) as 1 | 2 | 3, children });
      } else if (Array.from(child.children).some((c) => BLOCKS.has(c.localName))) {
        visit(child);
        flush();
      } else {
        const children = trimInlines(collect(child));
        if (children.length) blocks.push({ type: 'paragraph', children });
        for (const img of Array.from(child.querySelectorAll('img'))) {
          const image = imageBlock(img);
          if (image) blocks.push(image);
        }
      }
    }
  };
  visit(root);
  flush();
  return blocks.slice(0, 50);
}

function collect(element: Element): Inline[] {
  const out: Inline[] = [];
  inlinesOf(element, [], out);
  return out;
}
