/**
 * The person an events row belongs to, as shared/analytics/selectEvents resolves it: the user id,
 * or for events sent before `identify()` the user id that anonymous id was first linked to (in
 * time order, then id), or else the anonymous id. The lookup is an index probe
 * (events_identity_links), and coalesce evaluates it only for anonymous rows.
 */
export function personOf(alias: string): string {
  return `coalesce(${alias}.user_id, (select l.user_id from events l
    where l.project_id = ${alias}.project_id and l.anonymous_id = ${alias}.anonymous_id and l.user_id is not null
    order by l.ts, l.id limit 1), ${alias}.anonymous_id)`;
}
