import type { Flow } from '../../../shared/schema/flow.ts';

/** Tours, modals and surveys take the user's attention: one at a time. Bars, hotspots and checklists coexist. */
export const isBlocking = (flow: Pick<Flow, 'kind'>): boolean => flow.kind === 'tour' || flow.kind === 'modal' || flow.kind === 'survey';
