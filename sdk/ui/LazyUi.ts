import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import { loadUi, type UiModule } from './loadUi.ts';
import type { UiRoot } from './mountRoot.ts';
import type { StepViewModel } from './StepViewModel.ts';
import type { ResourceCenterViewModel } from './resourceCenter/ResourceCenterViewModel.ts';

/**
 * The SDK's drawing surface, whose renderers arrive as a separate chunk: requested as soon as
 * there are flows (so it loads while storage opens), mounted on the first thing to draw.
 */
export class LazyUi {
  private module: Promise<typeof UiModule | null> | null = null;
  private loaded: typeof UiModule | null = null;
  private root: UiRoot | null = null;
  private failed = false;

  constructor(private readonly onLoadFailed: (message: string) => void) {}

  /** Requests the renderers once; null when they failed to load (reported once, not retried on this page). */
  load(): Promise<typeof UiModule | null> {
    this.module ??= loadUi().then(
      (ui) => (this.loaded = ui),
      (error: unknown) => {
        this.failed = true;
        this.onLoadFailed(`could not load the SDK's renderers (waymark.ui.js next to the SDK script): ${String(error)}`);
        return null;
      },
    );
    return this.module;
  }

  get requested(): boolean {
    return this.module !== null;
  }

  /** The renderers could not be loaded: nothing can be shown on this page. */
  get unavailable(): boolean {
    return this.failed;
  }

  /** Puts the host element and stylesheet in place, if the renderers are here. */
  mount(): void {
    if (this.loaded) this.root ??= this.loaded.mountRoot();
  }

  /**
   * Draws now when it can; otherwise loads the renderers and calls `redraw` once they are here
   * (state is read afresh then). Nothing to draw and nothing drawn yet needs no renderers.
   */
  draw(views: StepViewModel[], checklists: ChecklistViewModel[], announcement: string, redraw: () => void, resourceCenter: ResourceCenterViewModel | null = null): void {
    if (!this.root) {
      if (views.length === 0 && checklists.length === 0 && !resourceCenter) return;
      this.mount();
    }
    if (this.root) return this.root.render(views, checklists, announcement, resourceCenter);
    void this.load().then((ui) => {
      if (ui) redraw();
    });
  }

  unmount(): void {
    this.root?.unmount();
    this.root = null;
  }
}
