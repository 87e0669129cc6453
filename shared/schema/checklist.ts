import * as z from 'zod/mini';
import { Action } from './action.ts';
import { Id, ShortText } from './primitives.ts';

export const ChecklistItem = z.strictObject({
  id: Id,
  title: ShortText,
  description: z.optional(z.string().check(z.maxLength(500))),
  /** The item is done once this milestone is reached, even before the checklist was shown. */
  milestone: Id,
  /** What clicking the item does: start a flow or go to a page. */
  action: z.optional(Action),
});

export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.strictObject({
  title: ShortText,
  description: z.optional(z.string().check(z.maxLength(500))),
  items: z.array(ChecklistItem).check(z.minLength(1, 'a checklist needs at least one item'), z.maxLength(20)),
  /** Keep the open panel open across page changes. Default: it closes when the user navigates. */
  pinned: z.optional(z.boolean()),
  launcher: z.optional(z.strictObject({
    label: z.optional(z.string().check(z.maxLength(40))),
    position: z.optional(z.enum(['bottom-right', 'bottom-left'])),
  })),
});
export type Checklist = z.infer<typeof Checklist>;
