import * as z from 'zod/mini';
import { Anchor } from '../schema/anchor.ts';
import { Flow } from '../schema/flow.ts';
import { Id } from '../schema/primitives.ts';
import { PageRules, UrlRule } from '../schema/urlRule.ts';

/** What the picker result is for, echoed back so the side panel can route it (e.g. `step:intro`). */
export const PickPurpose = z.string().check(z.minLength(1), z.maxLength(120));

/** A draft step as the health check needs it: drafts may be incomplete, so only these fields are read. */
const HealthStep = z.object({
  id: z.string().check(z.maxLength(80)),
  title: z.optional(z.string().check(z.maxLength(200))),
  anchor: z.optional(Anchor),
  url: z.optional(UrlRule),
});

export const HealthFlow = z.object({
  id: Id,
  name: z.string().check(z.maxLength(200)),
  pages: z.optional(PageRules),
  steps: z.array(HealthStep).check(z.maxLength(50)),
});
export type HealthFlow = z.infer<typeof HealthFlow>;

/** Side panel → content script (through `tabs.sendMessage`). */
export const ContentCommand = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ping') }),
  z.strictObject({ type: z.literal('picker.start'), purpose: PickPurpose }),
  z.strictObject({ type: z.literal('picker.cancel') }),
  /** Preview a (valid) flow from `stepIndex` with the SDK's own renderer. */
  z.strictObject({
    type: z.literal('preview.show'),
    flow: Flow,
    stepIndex: z.number().check(z.int(), z.nonnegative()),
    /** The flows a previewed resource center lists (its checklists, tours, announcements). */
    related: z.optional(z.array(Flow).check(z.maxLength(100))),
    /** Previewed as a user with these traits (shown on the page's preview banner). */
    asUser: z.optional(z.strictObject({ traits: z.record(z.string().check(z.maxLength(100)), z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()])) })),
  }),
  z.strictObject({ type: z.literal('preview.stop') }),
  z.strictObject({ type: z.literal('record.start') }),
  z.strictObject({ type: z.literal('record.stop') }),
  z.strictObject({ type: z.literal('health.check'), flows: z.array(HealthFlow).check(z.maxLength(500)) }),
  /** How many elements an anchor matches here, for milestone and trigger anchors edited in the panel. */
  z.strictObject({ type: z.literal('anchor.check'), anchor: Anchor }),
  /** Ask the page's SDK to announce itself again (a reopened panel missed its first announcement). */
  z.strictObject({ type: z.literal('sdk.hello') }),
]);
export type ContentCommand = z.infer<typeof ContentCommand>;

export const StepHealth = z.strictObject({
  flowId: Id,
  flowName: z.string(),
  stepId: z.string(),
  stepIndex: z.number(),
  stepTitle: z.optional(z.string()),
  status: z.enum(['found', 'missing', 'ambiguous', 'no_anchor']),
  matches: z.number(),
  confidence: z.optional(z.number()),
});
export type StepHealth = z.infer<typeof StepHealth>;

/** What the content script answers to a command. */
export const ContentReply = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ok'), url: z.string() }),
  z.strictObject({ type: z.literal('error'), message: z.string() }),
  z.strictObject({ type: z.literal('health.result'), url: z.string(), steps: z.array(StepHealth) }),
  z.strictObject({ type: z.literal('anchor.result'), matches: z.number(), status: z.enum(['found', 'missing', 'ambiguous']) }),
]);
export type ContentReply = z.infer<typeof ContentReply>;
