/**
 * Whether a statement may change the database, so a replica must replay it. A plain read starts
 * with select/with/show/explain and names no writing verb or sequence function; anything else
 * counts as a write (a false positive only costs the replica a harmless re-run of a read).
 */
export function isWriteStatement(sql: string): boolean {
  const statement = sql.replace(/^(\s*(--[^\n]*(\n|$)|\/\*[\s\S]*?\*\/))*/, '');
  if (!/^\s*(select|with|show|explain|values)\b/i.test(statement)) return true;
  return /\b(insert|update|delete|merge|truncate|create|drop|alter|nextval|setval|into)\b/i.test(statement);
}
