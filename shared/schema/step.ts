import * as z from 'zod/mini';
import { Button } from './action.ts';
import { anchorRequiredFor, Anchor } from './anchor.ts';
import { Content } from './content.ts';
import { Id, ShortText } from './primitives.ts';
import { Survey } from './survey.ts';
import { UrlRule } from './urlRule.ts';

export const Placement = z.enum([
  'auto', 'top', 'top-start', 'top-end', 'bottom', 'bottom-start', 'bottom-end',
  'left', 'left-start', 'left-end', 'right', 'right-start', 'right-end',
]);
export type Placement = z.infer<typeof Placement>;

/** What moves the flow past this step besides its buttons. */
export const AdvanceOn = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('button') }),
  /** A click on the step's anchor completes the step (the click still reaches the page). */
  z.strictObject({ type: z.literal('anchor_click') }),
  z.strictObject({ type: z.literal('event'), name: z.string().check(z.minLength(1), z.maxLength(200)) }),
  z.strictObject({ type: z.literal('url'), rule: UrlRule }),
]);
export type AdvanceOn = z.infer<typeof AdvanceOn>;

/** When the step's anchor cannot be found within `timeoutMs`: skip the step, keep waiting, or end the flow. */
export const OnMissing = z.strictObject({
  policy: z.enum(['skip', 'wait', 'end']),
  timeoutMs: z.optional(z.number().check(z.int(), z.positive(), z.lte(600000))),
});

const commonStepFields = {
  id: Id,
  title: z.optional(ShortText),
  content: z.optional(Content),
  buttons: z.optional(z.array(Button).check(z.maxLength(4, 'at most 4 buttons'))),
  advanceOn: z.optional(AdvanceOn),
  /** The page this step belongs on; the flow waits for it across navigations. */
  url: z.optional(UrlRule),
  onMissing: z.optional(OnMissing),
};

export const TooltipStep = z.strictObject({
  type: z.literal('tooltip'),
  ...commonStepFields,
  anchor: anchorRequiredFor('tooltip'),
  placement: z.optional(Placement),
  /** Dim the page around the anchor. Default false. */
  backdrop: z.optional(z.boolean()),
  /** Show "2 of 5". Default true for tours of more than one step. */
  showProgress: z.optional(z.boolean()),
});

export const ModalStep = z.strictObject({
  type: z.literal('modal'),
  ...commonStepFields,
  size: z.optional(z.enum(['small', 'medium', 'large'])),
  showProgress: z.optional(z.boolean()),
});

export const BarStep = z.strictObject({
  type: z.literal('bar'),
  ...commonStepFields,
  buttons: z.optional(z.array(Button).check(z.maxLength(2, 'an announcement bar has at most 2 buttons'))),
  position: z.optional(z.enum(['top', 'bottom'])),
  /**
   * `push` (default): the bar reserves its height, the page moves to make room (hosts with a fixed
   * header can offset it by `--waymark-offset-top` / `--waymark-offset-bottom`); `overlay`: the bar
   * covers the page's edge.
   */
  layout: z.optional(z.enum(['push', 'overlay'])),
  /** Show a close (×) control. Default true. */
  dismissible: z.optional(z.boolean()),
});

export const HotspotStep = z.strictObject({
  type: z.literal('hotspot'),
  ...commonStepFields,
  anchor: anchorRequiredFor('hotspot'),
  placement: z.optional(Placement),
});

export const SurveyStep = z.strictObject({
  type: z.literal('survey'),
  ...commonStepFields,
  survey: Survey,
  /** Without an anchor the survey shows as a card in the corner. */
  anchor: z.optional(Anchor),
  placement: z.optional(Placement),
});

export const Step = z.discriminatedUnion('type', [TooltipStep, ModalStep, BarStep, HotspotStep, SurveyStep]);
export type Step = z.infer<typeof Step>;
export type StepType = Step['type'];
export type TooltipStep = z.infer<typeof TooltipStep>;
export type ModalStep = z.infer<typeof ModalStep>;
export type BarStep = z.infer<typeof BarStep>;
