import type { Block, Content, Inline } from '../../../shared/schema/content.ts';

const MARK_TAGS = { bold: 'strong', italic: 'em', underline: 'u', code: 'code' } as const;

function inlineNodes(doc: Document, inlines: readonly Inline[]): Node[] {
  return inlines.map((inline) => {
    if (inline.type === 'break') return doc.createElement('br');
    if (inline.type === 'link') {
      const a = doc.createElement('a');
      a.href = inline.href;
      if (inline.newTab) a.target = '_blank';
      a.append(...inlineNodes(doc, inline.children));
      return a;
    }
    let node: Node = doc.createTextNode(inline.text);
    for (const mark of inline.marks ?? []) {
      const wrapper = doc.createElement(MARK_TAGS[mark]);
      wrapper.append(node);
      node = wrapper;
    }
    return node;
  });
}

function blockNode(doc: Document, block: Block): Node {
  switch (block.type) {
    case 'paragraph': {
      const p = doc.createElement('p');
      p.append(...inlineNodes(doc, block.children));
      return p;
    }
    case 'heading': {
      const h = doc.createElement(`h${block.level}`);
      h.append(...inlineNodes(doc, block.children));
      return h;
    }
    case 'list': {
      const list = doc.createElement(block.ordered ? 'ol' : 'ul');
      for (const item of block.items) {
        const li = doc.createElement('li');
        li.append(...inlineNodes(doc, item));
        list.append(li);
      }
      return list;
    }
    case 'image': {
      const img = doc.createElement('img');
      img.src = block.src;
      img.alt = block.alt;
      if (block.width) img.width = block.width;
      if (block.height) img.height = block.height;
      return img;
    }
  }
}

/** The content tree as editable DOM nodes (built element by element; no HTML strings). */
export function contentToDom(doc: Document, content: Content | undefined): Node[] {
  return (content ?? []).map((block) => blockNode(doc, block));
}
