import type { Waymark } from '../Waymark.ts';

/**
 * Calls made before the provider's instance exists: React runs a child's effects before its
 * parent's, so a `track` in a child's first effect arrives before the provider has called `init`.
 */
export class CallQueue {
  private target: Waymark | null = null;
  private readonly calls: Array<(waymark: Waymark) => void> = [];

  run(call: (waymark: Waymark) => void): void {
    if (this.target) call(this.target);
    else if (this.calls.length < 100) this.calls.push(call);
  }

  attach(waymark: Waymark | null): void {
    this.target = waymark;
    if (waymark) for (const call of this.calls.splice(0)) call(waymark);
  }
}
