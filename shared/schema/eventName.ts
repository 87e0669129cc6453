/*
 * Event names without the schema library: the SDK checks `track()` names and tells its own events
 * apart before the validators are loaded (they load after the first step is on screen).
 */

/** What an event name may be. */
export const EVENT_NAME = /^[A-Za-z0-9_.:$ -]{1,200}$/;
export const EVENT_NAME_RULE = 'must be 1–200 characters of letters, digits, space and _ . : $ -';

/** Events the SDK emits itself; anything else is a user `track` event. */
export const systemEventTypes = [
  'flow_started', 'step_shown', 'step_completed', 'flow_completed', 'flow_dismissed',
  'anchor_missing', 'milestone_reached', 'checklist_item_completed', 'survey_answered', 'experiment_exposure',
  'resource_center_opened', 'resource_center_searched', 'resource_center_item_clicked', 'resource_center_tour_replayed', 'resource_center_contact',
] as const;
export type SystemEventType = (typeof systemEventTypes)[number];
