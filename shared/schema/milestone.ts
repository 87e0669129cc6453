import * as z from 'zod/mini';
import { Anchor } from './anchor.ts';
import { Id, JourneyStage, ShortText } from './primitives.ts';
import { UrlRule } from './urlRule.ts';

/** How a milestone is reached: a tracked event, a click on a tagged element, or a page visit. */
export const MilestoneSource = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('event'), name: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ type: z.literal('click'), anchor: Anchor }),
  z.strictObject({ type: z.literal('url'), rule: UrlRule }),
]);

/** A named activation event ("aha moment") in a journey stage. */
export const Milestone = z.strictObject({
  id: Id,
  name: ShortText,
  stage: JourneyStage,
  reachedBy: z.array(MilestoneSource).check(z.minLength(1, 'a milestone needs at least one way to be reached')),
});
export type Milestone = z.infer<typeof Milestone>;
