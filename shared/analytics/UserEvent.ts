import type { AnalyticsEvent } from './AnalyticsEvent.ts';

/** An event with the person it belongs to resolved (see selectEvents). */
export type UserEvent = AnalyticsEvent & { user: string };
