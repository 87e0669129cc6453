import * as z from 'zod/mini';
import { Content } from './content.ts';
import { Id, LocaleTag, ShortText } from './primitives.ts';
import { ResourceCenterTranslation } from './resourceCenter.ts';

/** Translated text for one step; anything missing falls back to the default locale. */
export const StepTranslation = z.strictObject({
  title: z.optional(ShortText),
  content: z.optional(Content),
  buttons: z.optional(z.record(Id, z.string().check(z.minLength(1), z.maxLength(80)))),
  survey: z.optional(z.strictObject({
    question: z.optional(ShortText),
    lowLabel: z.optional(z.string().check(z.maxLength(60))),
    highLabel: z.optional(z.string().check(z.maxLength(60))),
    followUp: z.optional(ShortText),
    thankYou: z.optional(z.string().check(z.maxLength(300))),
  })),
});

export const FlowTranslation = z.strictObject({
  name: z.optional(ShortText),
  steps: z.optional(z.record(Id, StepTranslation)),
  checklist: z.optional(z.strictObject({
    title: z.optional(ShortText),
    items: z.optional(z.record(Id, z.strictObject({ title: z.optional(ShortText), description: z.optional(z.string().check(z.maxLength(500))) }))),
  })),
  resourceCenter: z.optional(ResourceCenterTranslation),
});

export type FlowTranslation = z.infer<typeof FlowTranslation>;

export const Locales = z.strictObject({
  /** The locale the flow's own text is written in. */
  default: LocaleTag,
  translations: z.record(LocaleTag, FlowTranslation),
});
export type Locales = z.infer<typeof Locales>;
