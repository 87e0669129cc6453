import * as z from 'zod/mini';

export const SelectorKind = z.enum(['testid', 'data', 'id', 'aria', 'name', 'role', 'text', 'path', 'css']);

/** One way of finding the element, ranked by how stable it is expected to be. */
export const SelectorCandidate = z.strictObject({
  kind: SelectorKind,
  /** A CSS selector (for text/role kinds: the scope selector, with `text`/`name` on the fingerprint). */
  value: z.string().check(z.minLength(1), z.maxLength(1000)),
  /** Stability weight in [0, 1]; higher is tried and trusted first. */
  weight: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

const Selector = z.string().check(z.minLength(1), z.maxLength(1000));

/**
 * Which element among look-alikes (rows of a list, cards of a grid) the anchor means:
 * `this` the one item its key names (absent: the one element the fingerprint singles out),
 * `first` / `last` / `nth` by position among the items, `any` every item's element (a click on
 * any row's checkbox counts).
 */
export const AnchorIntent = z.enum(['this', 'first', 'last', 'nth', 'any']);
export type AnchorIntent = z.infer<typeof AnchorIntent>;

/** The repeated structure (list rows, cards) the element sits in, as seen at capture time. */
export const RepeatedItem = z.strictObject({
  /** Selectors of open shadow hosts from the document down to the root that holds the items. */
  hosts: z.optional(z.array(Selector).check(z.maxLength(10))),
  /** Matches every item (row) in that root, by what rows share: test id, stable classes, tag. */
  item: Selector,
  /** From the item down to the element: `:scope` (the item itself) or a selector within the item, then one selector inside each nested open shadow root. */
  path: z.array(Selector).check(z.minLength(1), z.maxLength(10)),
  /** What told this item from the others at capture time: its own stable attributes (shadow host attributes included), else its text. */
  key: z.optional(z.strictObject({
    text: z.optional(z.string().check(z.minLength(1), z.maxLength(300))),
    attributes: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9_:-]*$/, 'must be an attribute name')), z.string().check(z.maxLength(300)))),
  })),
  /** 1-based position among the items at capture time (what `nth` uses), and how many there were. */
  index: z.number().check(z.int(), z.positive()),
  count: z.number().check(z.int(), z.positive()),
});
export type RepeatedItem = z.infer<typeof RepeatedItem>;

/** Position and "any" choose among the items of `repeat`; without it only `this` means something. */
const intentNeedsRepeat = () =>
  z.refine<{ intent?: AnchorIntent; repeat?: RepeatedItem }>((anchor) => !anchor.intent || anchor.intent === 'this' || !!anchor.repeat, {
    message: 'first, last, nth and any need the repeated structure (repeat) they choose from',
    path: ['intent'],
  });

const anchorShape = {
  selectors: z.array(SelectorCandidate).check(z.minLength(1, 'an anchor needs at least one selector'), z.maxLength(20)),
  tag: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase tag name'))),
  role: z.optional(z.string().check(z.maxLength(50))),
  /** Accessible name at capture time. */
  name: z.optional(z.string().check(z.maxLength(300))),
  text: z.optional(z.string().check(z.maxLength(300))),
  attributes: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9_:-]*$/, 'must be an attribute name')), z.string().check(z.maxLength(300)))),
  /** Selectors of open shadow hosts from the document down to the element's root. */
  shadowHosts: z.optional(z.array(Selector).check(z.maxLength(10))),
  /** Which of the look-alike items is meant (see AnchorIntent); needs `repeat` unless `this`. */
  intent: z.optional(AnchorIntent),
  repeat: z.optional(RepeatedItem),
};

/** Element fingerprint (see design: Anchors). */
export const Anchor = z.strictObject(anchorShape).check(intentNeedsRepeat());
export type Anchor = z.infer<typeof Anchor>;

/** The same schema, with a message naming the step type when the anchor is absent. */
export function anchorRequiredFor(stepType: string) {
  return z.strictObject(anchorShape, {
    error: (issue) => (issue.input === undefined ? `required for ${stepType} steps` : undefined),
  }).check(intentNeedsRepeat());
}
