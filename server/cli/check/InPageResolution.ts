/** One anchor resolved in the page, as `waymark check` reports it (no element handles cross over). */
export type InPageResolution =
  | { status: 'found'; confidence: number; /** `kind value` of the strongest selector matching the element. */ selector?: string }
  | { status: 'ambiguous'; count: number }
  | { status: 'missing' };
