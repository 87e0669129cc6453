/**
 * The person an events row belongs to, as shared/analytics/selectEvents resolves it: the user id,
 * or for events sent before `identify()` the user id that anonymous id was first linked to, or
 * else the anonymous id. `link` is the row's identity_links row, joined by `linkJoin`.
 */
export function personOf(alias: string, link = `${alias}_link`): string {
  return `coalesce(${alias}.user_id, ${link}.user_id, ${alias}.anonymous_id)`;
}

/** `left join identity_links` for the events row `alias` (only anonymous rows need one). */
export function linkJoin(alias: string, link = `${alias}_link`): string {
  return `left join identity_links ${link} on ${alias}.user_id is null and ${link}.project_id = ${alias}.project_id and ${link}.anonymous_id = ${alias}.anonymous_id`;
}
