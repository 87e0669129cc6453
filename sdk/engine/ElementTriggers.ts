import type { Flow } from '../../shared/schema/flow.ts';
import type { LazyAnchors } from '../anchor/LazyAnchors.ts';

const ELEMENT_TRIGGER_WAIT_MS = 30 * 60_000;

/**
 * Flows waiting for their trigger's element to appear on this page: one wait per flow on the
 * shared anchor observer, all dropped on navigation.
 */
export class ElementTriggers {
  private waits = new Map<string, () => void>();

  constructor(private readonly anchors: LazyAnchors) {}

  /** Calls `appeared` once when the element is there (no-op if the flow already waits). */
  watch(flow: Flow, anchor: NonNullable<Flow['trigger']['elementPresent']>, appeared: () => void): void {
    if (this.waits.has(flow.id)) return;
    const stop = this.anchors.wait(
      anchor,
      ELEMENT_TRIGGER_WAIT_MS,
      () => {
        this.waits.delete(flow.id);
        appeared();
      },
      () => this.waits.delete(flow.id),
    );
    this.waits.set(flow.id, stop);
  }

  clear(): void {
    for (const stop of this.waits.values()) stop();
    this.waits.clear();
  }
}
