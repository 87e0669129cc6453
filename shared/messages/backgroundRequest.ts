import * as z from 'zod/mini';

/** Side panel → background service worker. */
export const BackgroundRequest = z.discriminatedUnion('type', [
  /** Inject the builder's content script into this tab (idempotent). */
  z.strictObject({ type: z.literal('tab.attach'), tabId: z.number().check(z.int(), z.nonnegative()) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

export const BackgroundReply = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ok') }),
  z.strictObject({ type: z.literal('error'), message: z.string() }),
]);
export type BackgroundReply = z.infer<typeof BackgroundReply>;
