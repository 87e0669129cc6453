type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<Rest> : P extends `${string}:${infer Name}` ? Name : never;

/** The `:name` segments of a route's path, each a value to put there. */
export type PathParams<P extends string> = { [K in ParamNames<P>]: string | number };

/** A route's path with its `:name` segments filled in (URI-encoded): `/v1/admin/releases/:version` → `/v1/admin/releases/3`. */
export function apiPath<P extends string>(path: P, params: PathParams<P>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string | number>)[name]!));
}
