/** What a webhook can carry; an endpoint subscribes to some or (empty list) all of them. */
export const alertTypes = [
  'anchor.broken',
  'anchor.recovered',
  'release.published',
  'experiment.sample_reached',
  'experiment.significant',
  'experiment.sample_ratio_mismatch',
] as const;
export type AlertType = (typeof alertTypes)[number];
