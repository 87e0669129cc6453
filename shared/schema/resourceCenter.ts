import * as z from 'zod/mini';
import { ActionUrl } from './action.ts';
import { Condition } from './condition.ts';
import { Content } from './content.ts';
import { Id, ShortText } from './primitives.ts';

const Summary = z.string().check(z.maxLength(300, 'must be at most 300 characters'));
const Label = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(40, 'must be at most 40 characters'));

/** Icons the launcher can show (drawn by the SDK as inline SVG). */
export const LauncherIcon = z.enum(['help', 'book', 'sparkles', 'chat', 'compass']);
export type LauncherIcon = z.infer<typeof LauncherIcon>;

/** A flow listed in the resource center: a tour to replay, or a past announcement or modal. */
export const FlowItem = z.strictObject({
  id: Id,
  flowId: Id,
  /** Default: the flow's name. */
  title: z.optional(ShortText),
  summary: z.optional(Summary),
  /** When it was announced, `YYYY-MM-DD` (shown in "What's new"). */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'))),
  audience: z.optional(Condition),
});
export type FlowItem = z.infer<typeof FlowItem>;

/** A help article: a link, or content opened inside the resource center. */
export const HelpItem = z.strictObject({
  id: Id,
  title: ShortText,
  summary: z.optional(Summary),
  url: z.optional(ActionUrl),
  newTab: z.optional(z.boolean()),
  content: z.optional(Content),
  audience: z.optional(Condition),
});
export type HelpItem = z.infer<typeof HelpItem>;

const sectionBase = {
  id: Id,
  /** Default: the section type's usual heading ("Tours", "What's new", "Help"). */
  title: z.optional(ShortText),
  audience: z.optional(Condition),
};

export const ResourceSection = z.discriminatedUnion('type', [
  /** Checklist flows with their progress; without `flowIds`, every checklist of the bundle. */
  z.strictObject({ ...sectionBase, type: z.literal('checklists'), flowIds: z.optional(z.array(Id).check(z.maxLength(10))) }),
  /** Tours the user can start again, whatever their frequency says. */
  z.strictObject({ ...sectionBase, type: z.literal('tours'), items: z.array(FlowItem).check(z.minLength(1, 'list at least one tour'), z.maxLength(30)) }),
  /** Past announcements and modals, with an unread count until the user has seen them. */
  z.strictObject({ ...sectionBase, type: z.literal('whats-new'), items: z.array(FlowItem).check(z.minLength(1, 'list at least one announcement'), z.maxLength(30)) }),
  /** Help articles, searched by title and summary as the user types. */
  z.strictObject({ ...sectionBase, type: z.literal('help'), items: z.array(HelpItem).check(z.minLength(1, 'add at least one help item'), z.maxLength(100)) }),
  /** A button that calls back into the app (`waymark.on('resource_center_contact', …)`), e.g. to open its chat. */
  z.strictObject({ ...sectionBase, type: z.literal('contact'), label: Label, summary: z.optional(Summary) }),
]);
export type ResourceSection = z.infer<typeof ResourceSection>;
export type ResourceSectionType = ResourceSection['type'];

/** Words of the resource center's own chrome; each falls back to English. */
export const ResourceCenterLabels = z.strictObject({
  search: z.optional(Label),
  noResults: z.optional(ShortText),
  back: z.optional(Label),
  close: z.optional(Label),
  replay: z.optional(Label),
  unread: z.optional(Label),
  /** Before the query, on the link to `searchUrl`: "Search the help center for “…”". */
  searchElsewhere: z.optional(ShortText),
});

export const ResourceCenter = z.strictObject({
  title: ShortText,
  launcher: z.optional(z.strictObject({
    /** Text next to the icon. Default: none (an icon button named by the title). */
    label: z.optional(z.string().check(z.maxLength(40))),
    position: z.optional(z.enum(['bottom-right', 'bottom-left'])),
    icon: z.optional(LauncherIcon),
    /** No floating launcher: the app opens it from its own button with `waymark.open('resource-center')`. */
    hidden: z.optional(z.boolean()),
  })),
  sections: z.array(ResourceSection).check(z.minLength(1, 'a resource center needs at least one section'), z.maxLength(12)),
  /**
   * A knowledge-base search the user can continue in, `{query}` replaced by what they typed
   * (URL-encoded), e.g. `https://help.example.com/search?q={query}`.
   */
  searchUrl: z.optional(z.string().check(
    z.refine((url) => url.includes('{query}'), 'must contain {query}'),
    z.refine((url) => /^https?:\/\//i.test(url) || url.startsWith('/'), 'must be an http(s) or relative URL'),
    z.maxLength(500),
  )),
  labels: z.optional(ResourceCenterLabels),
});
export type ResourceCenter = z.infer<typeof ResourceCenter>;

/** Translated text of a resource center; anything missing falls back to the default locale. */
export const ResourceCenterTranslation = z.strictObject({
  title: z.optional(ShortText),
  launcherLabel: z.optional(z.string().check(z.maxLength(40))),
  labels: z.optional(ResourceCenterLabels),
  sections: z.optional(z.record(Id, z.strictObject({ title: z.optional(ShortText), label: z.optional(Label), summary: z.optional(Summary) }))),
  /** By item id, across sections. */
  items: z.optional(z.record(Id, z.strictObject({ title: z.optional(ShortText), summary: z.optional(Summary), content: z.optional(Content) }))),
});
