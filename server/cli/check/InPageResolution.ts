/** One anchor resolved in the page, as `waymark check` reports it (no element handles cross over). */
export type InPageResolution =
  | {
    status: 'found';
    confidence: number;
    /** `kind value` of the strongest selector matching the element. */
    selector?: string;
    /** The element is rendered (not inside a `hidden` or `display: none` ancestor, not zero-sized). */
    shown: boolean;
  }
  | { status: 'ambiguous'; count: number }
  | { status: 'missing' };
