import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { BuilderOverlay } from './BuilderOverlay.ts';
import { inspectElement } from './inspectElement.ts';
import { interactiveTarget } from './interactiveTarget.ts';

/**
 * Record mode: the PM uses the app normally; every click is reported (fingerprint of the clicked
 * control and the page it was on) and then reaches the page as usual. Navigations are reported by
 * the content script's page watcher, so the side panel can turn them into multi-page steps.
 */
export class Recorder {
  private active: AbortController | null = null;

  constructor(private readonly overlay: BuilderOverlay, private readonly ownHost: Element, private readonly onStop: () => void) {}

  get recording(): boolean {
    return this.active !== null;
  }

  start(onClick: (element: PickedElement) => void): void {
    this.stop();
    this.active = new AbortController();
    window.addEventListener(
      'click',
      (event) => {
        // A page script's synthetic click (element.click(), dispatchEvent) is not the PM's.
        if (!event.isTrusted) return;
        const path = event.composedPath();
        if (path.includes(this.ownHost) || path.some((node) => node instanceof Element && node.localName === 'waymark-root')) return;
        const target = interactiveTarget(path);
        // Fingerprint before the page reacts (it may navigate or re-render the element away).
        if (target) onClick(inspectElement(target));
      },
      { capture: true, signal: this.active.signal },
    );
    this.overlay.showBanner({ text: 'Recording: each click becomes a step', recording: true, buttons: [{ label: 'Stop', onClick: () => this.onStop() }] });
  }

  stop(): void {
    if (!this.active) return;
    this.active.abort();
    this.active = null;
    this.overlay.showBanner(null);
  }
}
