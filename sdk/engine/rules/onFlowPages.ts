import type { Flow } from '../../../shared/schema/flow.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { matchPageRules } from '../../../shared/targeting/matchPageRules.ts';
import type { PageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import { isBlocking } from './isBlocking.ts';

/**
 * A bar or hotspot without a page of its own shows only on its flow's pages: it leaves when its
 * page is left and comes back with it. (A tour, modal or survey the user is in stays until answered.)
 */
export const onFlowPages = (flow: Flow, step: Step, page: PageLocation): boolean =>
  isBlocking(flow) || !!step.url || !flow.trigger.pages || matchPageRules(flow.trigger.pages, page);
