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

const anchorShape = {
  selectors: z.array(SelectorCandidate).check(z.minLength(1, 'an anchor needs at least one selector'), z.maxLength(20)),
  tag: z.optional(z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase tag name'))),
  role: z.optional(z.string().check(z.maxLength(50))),
  /** Accessible name at capture time. */
  name: z.optional(z.string().check(z.maxLength(300))),
  text: z.optional(z.string().check(z.maxLength(300))),
  attributes: z.optional(z.record(z.string().check(z.regex(/^[a-z][a-z0-9_:-]*$/, 'must be an attribute name')), z.string().check(z.maxLength(300)))),
  /** Selectors of open shadow hosts from the document down to the element's root. */
  shadowHosts: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.maxLength(10))),
};

/** Element fingerprint (see design: Anchors). */
export const Anchor = z.strictObject(anchorShape);
export type Anchor = z.infer<typeof Anchor>;

/** The same schema, with a message naming the step type when the anchor is absent. */
export function anchorRequiredFor(stepType: string) {
  return z.strictObject(anchorShape, {
    error: (issue) => (issue.input === undefined ? `required for ${stepType} steps` : undefined),
  });
}
