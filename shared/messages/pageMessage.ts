import * as z from 'zod/mini';

/** Marks `window.postMessage` traffic meant for the builder; anything else on the channel is ignored. */
export const PAGE_MESSAGE_SOURCE = 'waymark-page';

/**
 * Page script → builder content script (`window.postMessage`). The page is untrusted: it may only
 * announce event names it tracks (offered as milestone sources); it can never drive the builder.
 */
export const PageMessage = z.strictObject({
  source: z.literal(PAGE_MESSAGE_SOURCE),
  type: z.literal('event'),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type PageMessage = z.infer<typeof PageMessage>;
