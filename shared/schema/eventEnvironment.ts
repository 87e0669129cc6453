import * as z from 'zod/mini';

/** Where a release is published and where an event was sent from. */
export const environments = ['staging', 'production'] as const;
export const EventEnvironment = z.enum(environments);
export type EventEnvironment = z.infer<typeof EventEnvironment>;

/** Events stored before environments were recorded, and batches that name none, are production's. */
export const DEFAULT_ENVIRONMENT: EventEnvironment = 'production';
