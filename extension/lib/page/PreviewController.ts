import { resolveAnchor } from '../../../shared/anchor/resolveAnchor.ts';
import type { Action } from '../../../shared/schema/action.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { PreviewRoot } from '../../../sdk/preview/mountPreview.tsx';
import type { BuilderOverlay } from './BuilderOverlay.ts';
import { postToPage } from './listenToPage.ts';

/** How long the preview waits for a step's anchor to appear (late-rendering pages) before calling it missing. */
const ANCHOR_WAIT_MS = 4000;

export interface PreviewState {
  flowId: string;
  stepIndex: number;
  ended: boolean;
  problem?: string;
}

/**
 * Live preview of the flow being edited: the SDK's renderer draws the current step on this page,
 * Back/Next step through it, and anchor or page problems are shown inline and reported to the panel.
 */
export class PreviewController {
  private flow: Flow | null = null;
  private stepIndex = 0;
  private stopWaiting: (() => void) | null = null;
  private asUser = '';
  private related: Flow[] = [];

  constructor(private readonly overlay: BuilderOverlay, private readonly root: PreviewRoot, private readonly report: (state: PreviewState) => void) {}

  get previewing(): boolean {
    return this.flow !== null;
  }

  show(flow: Flow, stepIndex: number, traits?: Record<string, string | number | boolean>, related: Flow[] = []): void {
    this.related = related;
    this.asUser = traits ? Object.entries(traits).map(([k, v]) => `${k}: ${String(v)}`).join(', ') : '';
    // The live SDK's own flows hide while a draft is previewed (never two tooltips at once).
    if (!this.flow) postToPage({ type: 'preview', active: true });
    this.flow = flow;
    this.stepIndex = Math.min(stepIndex, Math.max(0, flow.steps.length - 1));
    this.place();
  }

  /** The page changed (SPA navigation): the current step may belong here now. */
  onNavigate(): void {
    if (this.flow) this.place();
  }

  stop(): void {
    const flow = this.flow;
    this.clearWait();
    this.flow = null;
    this.root.render(null);
    this.overlay.showNotice(null);
    this.overlay.showBanner(null);
    if (flow) {
      postToPage({ type: 'preview', active: false });
      this.report({ flowId: flow.id, stepIndex: this.stepIndex, ended: true });
    }
  }

  private go(index: number): void {
    if (!this.flow) return;
    if (index < 0) return;
    if (index >= this.flow.steps.length) return this.stop();
    this.stepIndex = index;
    this.place();
  }

  private onAction(action: Action): void {
    const flow = this.flow;
    if (!flow) return;
    switch (action.type) {
      case 'next':
        return this.go(this.stepIndex + 1);
      case 'back':
        return this.go(this.stepIndex - 1);
      case 'goto_step':
        return this.go(flow.steps.findIndex((s) => s.id === action.stepId));
      case 'url':
        this.overlay.showNotice(`Preview: this button goes to ${action.url}${action.complete ? ' and completes the flow' : ''}.`);
        return;
      case 'track':
        this.overlay.showNotice(`Preview: this button tracks "${action.event}".`);
        return;
      default:
        return this.stop();
    }
  }

  private place(): void {
    const flow = this.flow;
    if (!flow) return;
    this.clearWait();
    const step = flow.steps[this.stepIndex];
    const total = flow.steps.length;
    this.overlay.showBanner({
      text: `${total ? `Preview · ${flow.name} · step ${this.stepIndex + 1} of ${total}` : `Preview · ${flow.name}`}${this.asUser ? ` · as ${this.asUser}` : ''}`,
      buttons: [
        { label: 'Back', onClick: () => this.go(this.stepIndex - 1), disabled: this.stepIndex === 0 },
        { label: 'Next', onClick: () => this.go(this.stepIndex + 1), disabled: this.stepIndex >= total - 1 },
        { label: 'Exit preview', onClick: () => this.stop() },
      ],
    });
    if (!step) return this.draw(null, undefined);
    const page = toPageLocation(location.href);
    const problems: string[] = [];
    if (step.url && !matchUrlRule(step.url, page)) problems.push(`Step ${this.stepIndex + 1} belongs on ${step.url.value}; this page is ${page.path}.`);
    const anchor = 'anchor' in step ? step.anchor : undefined;
    if (!anchor) return this.draw(null, problems[0]);
    const resolve = (): Element | string => {
      const result = resolveAnchor(anchor);
      if (result.status === 'found') return result.element;
      return result.status === 'ambiguous'
        ? `Step ${this.stepIndex + 1}: its element is ambiguous here (${result.count} elements match).`
        : `Step ${this.stepIndex + 1}: its element is missing on this page.`;
    };
    const first = resolve();
    if (typeof first !== 'string') return this.draw(first, problems[0]);
    this.draw(null, problems[0] ?? 'Waiting for the step’s element…');
    this.waitFor(resolve, (found) => this.draw(found, problems[0]), () => this.draw(null, [...problems, first].join(' ')));
  }

  private waitFor(resolve: () => Element | string, found: (element: Element) => void, missing: () => void): void {
    let frame = 0;
    const observer = new MutationObserver(() => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const result = resolve();
        if (typeof result === 'string') return;
        this.clearWait();
        found(result);
      });
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => {
      this.clearWait();
      missing();
    }, ANCHOR_WAIT_MS);
    this.stopWaiting = () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }

  private clearWait(): void {
    this.stopWaiting?.();
    this.stopWaiting = null;
  }

  private draw(anchor: Element | null, problem: string | undefined): void {
    const flow = this.flow;
    if (!flow) return;
    this.root.render({
      flow, stepIndex: this.stepIndex, anchor, related: this.related,
      onAction: (action) => this.onAction(action),
      onClose: () => this.stop(),
      onNotice: (text) => this.overlay.showNotice(text),
    });
    this.overlay.showNotice(problem ?? null);
    this.report({ flowId: flow.id, stepIndex: this.stepIndex, ended: false, ...(problem ? { problem } : {}) });
  }
}
