import * as z from 'zod/mini';
import { ShortText } from './primitives.ts';

/** NPS (0–10), CSAT (1–5) or CES (1–7) question, with an optional free-text follow-up. */
export const Survey = z.strictObject({
  kind: z.enum(['nps', 'csat', 'ces']),
  question: ShortText,
  lowLabel: z.optional(z.string().check(z.maxLength(60))),
  highLabel: z.optional(z.string().check(z.maxLength(60))),
  followUp: z.optional(z.strictObject({ question: ShortText, placeholder: z.optional(z.string().check(z.maxLength(120))) })),
  thankYou: z.optional(z.string().check(z.maxLength(300))),
});
export type Survey = z.infer<typeof Survey>;
