import * as z from 'zod/mini';
import { EventEnvironment } from '../schema/eventEnvironment.ts';

/** Marks `window.postMessage` traffic meant for the builder; anything else on the channel is ignored. */
export const PAGE_MESSAGE_SOURCE = 'waymark-page';

/** Marks what the builder's content script posts to the page's SDK (`hello`, `preview`). */
export const BUILDER_MESSAGE_SOURCE = 'waymark-builder';

const HttpUrl = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL'));

/**
 * Page script → builder content script (`window.postMessage`). The page is untrusted: it may only
 * announce event names it tracks (offered as milestone sources) and, from the SDK, the Waymark
 * server it loads flows from (offered as the server to connect to, shown to the PM before any
 * key is sent); it can never drive the builder.
 */
export const PageMessage = z.discriminatedUnion('type', [
  z.strictObject({
    source: z.literal(PAGE_MESSAGE_SOURCE),
    type: z.literal('event'),
    name: z.string().check(z.minLength(1), z.maxLength(200)),
  }),
  z.strictObject({
    source: z.literal(PAGE_MESSAGE_SOURCE),
    type: z.literal('sdk'),
    version: z.optional(z.string().check(z.maxLength(40))),
    serverUrl: z.optional(HttpUrl),
    publicKey: z.optional(z.string().check(z.maxLength(200))),
    env: z.optional(EventEnvironment),
  }),
]);
export type PageMessage = z.infer<typeof PageMessage>;
