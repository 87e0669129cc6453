import * as z from 'zod/mini';
import { Id } from './primitives.ts';
import { isSafeUrl } from './safeUrl.ts';

export const ActionUrl = z.string().check(z.refine(isSafeUrl, 'must be a relative, http(s) or mailto URL'));

/** What a button (or a checklist item) does when activated. */
export const Action = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('back') }),
  z.strictObject({ type: z.literal('dismiss') }),
  /** Marks the flow completed and closes it. */
  z.strictObject({ type: z.literal('complete') }),
  z.strictObject({ type: z.literal('goto_step'), stepId: Id }),
  /** Navigates; same-origin paths use history routing so the flow can continue. */
  z.strictObject({ type: z.literal('url'), url: ActionUrl, newTab: z.optional(z.boolean()), complete: z.optional(z.boolean()) }),
  z.strictObject({ type: z.literal('start_flow'), flowId: Id }),
  z.strictObject({ type: z.literal('track'), event: z.string().check(z.minLength(1), z.maxLength(200)) }),
]);
export type Action = z.infer<typeof Action>;

export const Button = z.strictObject({
  id: Id,
  label: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(80)),
  style: z.optional(z.enum(['primary', 'secondary', 'link'])),
  action: Action,
});
export type Button = z.infer<typeof Button>;
