import * as z from 'zod/mini';
import { Anchor } from '../schema/anchor.ts';
import { PickPurpose } from './contentCommand.ts';

export const Stability = z.enum(['stable', 'fair', 'fragile']);
export type Stability = z.infer<typeof Stability>;

/** An element as the picker and the recorder report it. */
export const PickedElement = z.strictObject({
  anchor: Anchor,
  /** Tag and accessible name, e.g. `button "Connect chatbot"`. */
  label: z.string().check(z.maxLength(400)),
  /**
   * What a person would call it, to title a step: its name in quotes (`“Connect chatbot”`), else
   * its label or placeholder (`the “Email” field`), else its role and position in words (`the 2nd
   * button in “Toolbar”`).
   */
  title: z.optional(z.string().check(z.maxLength(200))),
  /** Elements the fingerprint resolves to on this page; exactly 1 is usable. */
  matches: z.number().check(z.int(), z.nonnegative()),
  stability: Stability,
  warning: z.optional(z.string()),
  /** Page URL where the element was picked. */
  url: z.string().check(z.maxLength(4000)),
});
export type PickedElement = z.infer<typeof PickedElement>;

/** Content script → side panel (broadcast with `runtime.sendMessage`). */
export const ContentEvent = z.discriminatedUnion('type', [
  /** The script is running on a page, or the page's URL changed (SPA navigations included). */
  z.strictObject({ type: z.literal('page.ready'), url: z.string(), navigation: z.boolean() }),
  z.strictObject({ type: z.literal('picker.picked'), purpose: PickPurpose, element: PickedElement }),
  z.strictObject({ type: z.literal('picker.cancelled'), purpose: PickPurpose }),
  z.strictObject({ type: z.literal('record.click'), element: PickedElement }),
  /** The PM pressed Stop on the page's recording banner. */
  z.strictObject({ type: z.literal('record.stopped') }),
  z.strictObject({ type: z.literal('preview.state'), flowId: z.string(), stepIndex: z.number(), ended: z.boolean(), problem: z.optional(z.string()) }),
  /** An event name the page announced (see PageMessage); offered when creating milestones. */
  z.strictObject({ type: z.literal('page.event'), name: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** The page's Waymark SDK announced itself: the server it loads flows from, if any. */
  z.strictObject({ type: z.literal('page.sdk'), serverUrl: z.optional(z.string().check(z.maxLength(2000))), publicKey: z.optional(z.string().check(z.maxLength(200))), env: z.optional(z.enum(['staging', 'production'])) }),
  /** A message was dropped because it did not validate. */
  z.strictObject({ type: z.literal('diagnostic.dropped'), source: z.enum(['page', 'extension']), errors: z.array(z.string()) }),
]);
export type ContentEvent = z.infer<typeof ContentEvent>;
