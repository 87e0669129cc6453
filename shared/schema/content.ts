import * as z from 'zod/mini';
import { isSafeUrl } from './safeUrl.ts';

const SafeUrl = z.string().check(
  z.refine(isSafeUrl, 'must be a relative, http(s) or mailto URL'),
);

export const Mark = z.enum(['bold', 'italic', 'underline', 'code']);

export const TextNode = z.strictObject({
  type: z.literal('text'),
  text: z.string().check(z.maxLength(5000, 'must be at most 5000 characters')),
  marks: z.optional(z.array(Mark)),
});

export const LinkNode = z.strictObject({
  type: z.literal('link'),
  href: SafeUrl,
  newTab: z.optional(z.boolean()),
  children: z.array(TextNode).check(z.minLength(1, 'a link needs text')),
});

export const BreakNode = z.strictObject({ type: z.literal('break') });

export const Inline = z.discriminatedUnion('type', [TextNode, LinkNode, BreakNode]);

export const Paragraph = z.strictObject({ type: z.literal('paragraph'), children: z.array(Inline) });

export const Heading = z.strictObject({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  children: z.array(Inline),
});

export const List = z.strictObject({
  type: z.literal('list'),
  ordered: z.optional(z.boolean()),
  items: z.array(z.array(Inline)).check(z.minLength(1, 'a list needs at least one item')),
});

export const Image = z.strictObject({
  type: z.literal('image'),
  src: SafeUrl,
  alt: z.string().check(z.maxLength(300)),
  width: z.optional(z.number().check(z.int(), z.positive(), z.lte(2000))),
  height: z.optional(z.number().check(z.int(), z.positive(), z.lte(2000))),
});

export const Block = z.discriminatedUnion('type', [Paragraph, Heading, List, Image]);

/** Rich content as a typed tree; rendered as elements, never as HTML. */
export const Content = z.array(Block).check(z.maxLength(50, 'at most 50 blocks'));

export type Content = z.infer<typeof Content>;
export type Block = z.infer<typeof Block>;
export type Inline = z.infer<typeof Inline>;
export type TextNode = z.infer<typeof TextNode>;
