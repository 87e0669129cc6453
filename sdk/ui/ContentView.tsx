import type { ComponentChildren } from 'preact';
import type { Block, Content, Inline, TextNode } from '../../shared/schema/content.ts';
import { isSafeUrl } from '../../shared/schema/safeUrl.ts';

function Text({ node }: { node: TextNode }) {
  let out: ComponentChildren = node.text;
  for (const mark of node.marks ?? []) {
    if (mark === 'bold') out = <strong>{out}</strong>;
    else if (mark === 'italic') out = <em>{out}</em>;
    else if (mark === 'underline') out = <u>{out}</u>;
    else if (mark === 'code') out = <code>{out}</code>;
  }
  return <>{out}</>;
}

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        if (node.type === 'text') return <Text key={i} node={node} />;
        if (node.type === 'break') return <br key={i} />;
        const children = node.children.map((child, j) => <Text key={j} node={child} />);
        // Validated at load; checked again here because a link is where an unsafe URL would do harm.
        if (!isSafeUrl(node.href)) return <span key={i}>{children}</span>;
        return node.newTab ? (
          <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">{children}</a>
        ) : (
          <a key={i} href={node.href} rel="noopener">{children}</a>
        );
      })}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.type) {
    case 'paragraph':
      return <p><Inlines nodes={block.children} /></p>;
    case 'heading': {
      const Tag = (['h1', 'h2', 'h3'] as const)[block.level - 1]!;
      return <Tag><Inlines nodes={block.children} /></Tag>;
    }
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}><Inlines nodes={item} /></li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'image':
      return isSafeUrl(block.src) ? <img src={block.src} alt={block.alt} width={block.width} height={block.height} /> : null;
    default:
      return null;
  }
}

/** Renders the typed content tree as elements; there is no path from content to HTML parsing. */
export function ContentView({ content, id }: { content: Content | undefined; id?: string }) {
  if (!content?.length) return null;
  return (
    <div class="wm-content" id={id}>
      {content.map((block, i) => <BlockView key={i} block={block} />)}
    </div>
  );
}
