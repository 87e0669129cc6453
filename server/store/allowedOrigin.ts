/**
 * Why `origin` cannot be an allowed origin, or undefined when it can: an http(s) origin exactly
 * as browsers send it in `Origin` (`https://app.example`, no path, no trailing slash, no `*`).
 */
export function originProblem(origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return `${JSON.stringify(origin)} is not a URL; write an origin such as "https://app.example"`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${JSON.stringify(origin)} must be an http or https origin`;
  if (url.origin !== origin) return `${JSON.stringify(origin)} is not an origin: write it as ${JSON.stringify(url.origin)} (scheme, host and port only)`;
  return undefined;
}

/** Throws naming the first origin that is not one (`allowedOrigins[i]: …`). */
export function checkAllowedOrigins(origins: readonly string[]): void {
  origins.forEach((origin, i) => {
    const problem = originProblem(origin);
    if (problem) throw new InvalidOrigin(`allowedOrigins[${i}]: ${problem}`);
  });
}

export class InvalidOrigin extends Error {}
