import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import { loadAnchored } from './kinds/loadAnchored.ts';
import { loadChecklist } from './kinds/loadChecklist.ts';
import { loadResourceCenter } from './kinds/loadResourceCenter.ts';
import { loadSurvey } from './kinds/loadSurvey.ts';
import { loadUi, type UiModule } from './loadUi.ts';
import type { UiRoot } from './mountRoot.ts';
import type { RendererChunk } from './Renderers.ts';
import type { StepViewModel } from './StepViewModel.ts';
import type { ResourceCenterViewModel } from './resourceCenter/ResourceCenterViewModel.ts';
import { chunkOfStepType, chunksForFlow, uiChunkFiles, type UiChunk } from './uiChunks.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import { yieldToMain } from '../yieldToMain.ts';

const chunkLoaders: Record<UiChunk, () => Promise<RendererChunk>> = {
  anchored: loadAnchored,
  survey: loadSurvey,
  checklist: loadChecklist,
  resourceCenter: loadResourceCenter,
};

/** The chunks a drawing needs, in the order they are shown (steps first, then checklists, then the resource center). */
function chunksToDraw(views: StepViewModel[], checklists: ChecklistViewModel[], resourceCenter: ResourceCenterViewModel | null): UiChunk[] {
  const chunks = new Set<UiChunk>();
  for (const view of views) {
    const chunk = chunkOfStepType(view.step.type);
    if (chunk) chunks.add(chunk);
  }
  if (checklists.length > 0) chunks.add('checklist');
  if (resourceCenter) chunks.add('resourceCenter');
  return [...chunks];
}

/**
 * The SDK's drawing surface, whose renderers arrive as chunks: the base (bars, modals, Preact) and
 * one per other kind, requested as soon as there are flows that may start here (so they load while
 * storage opens), mounted on the first thing to draw; a kind first needed later is requested then.
 */
export class LazyUi {
  private module: Promise<typeof UiModule | null> | null = null;
  private loaded: typeof UiModule | null = null;
  private root: UiRoot | null = null;
  private failed = false;
  private readonly chunks = new Map<UiChunk, Promise<RendererChunk | null>>();
  private readonly arrived = new Map<UiChunk, RendererChunk>();
  private readonly failedChunks = new Set<UiChunk>();
  /** The chunks given to the current root. */
  private readonly inUse = new Set<UiChunk>();
  /** Bars and modals have been drawn by the current root. */
  private baseDrawn = false;
  /** A kind went into the drawing in this task: the next waits for the next task (a drawing may be asked for many times in one task). */
  private tookThisTask = false;
  private redrawNextTask = false;
  /** The chunks a drawing waits for: it is drawn again once each arrives. */
  private readonly awaited = new Set<UiChunk>();
  /** The first drawing was put off to a task of its own; `puttingOff` until that task. */
  private firstPutOff = false;
  private puttingOff = false;

  constructor(private readonly onLoadFailed: (message: string) => void) {}

  private reportFailure(file: string, error: unknown): void {
    this.onLoadFailed(`could not load the SDK's renderers (${file} next to the SDK script): ${String(error)}`);
  }

  /** Requests the renderers' base once; null when it failed to load (reported once, not retried on this page). */
  load(): Promise<typeof UiModule | null> {
    this.module ??= loadUi().then(
      (ui) => (this.loaded = ui),
      (error: unknown) => {
        this.failed = true;
        this.reportFailure('waymark.ui.js', error);
        return null;
      },
    );
    return this.module;
  }

  /** Requests the base and these kinds' chunks, all at once. */
  prepare(chunks: Iterable<UiChunk>): void {
    void this.load();
    for (const chunk of chunks) void this.chunk(chunk);
  }

  /** Resolves once the base and every chunk requested so far have arrived or failed: with the base, or null. */
  async settled(): Promise<typeof UiModule | null> {
    await Promise.all(this.chunks.values());
    return this.load();
  }

  private chunk(chunk: UiChunk): Promise<RendererChunk | null> {
    let loading = this.chunks.get(chunk);
    if (!loading) {
      loading = chunkLoaders[chunk]().then(
        (module) => (this.arrived.set(chunk, module), module),
        (error: unknown) => {
          this.failedChunks.add(chunk);
          this.reportFailure(uiChunkFiles[chunk], error);
          return null;
        },
      );
      this.chunks.set(chunk, loading);
    }
    return loading;
  }

  get requested(): boolean {
    return this.module !== null;
  }

  /** The renderers' base could not be loaded: nothing can be shown on this page. */
  get unavailable(): boolean {
    return this.failed;
  }

  /** Whether this flow could be drawn: false when the base or a chunk it needs failed to load. */
  canShow(flow: Flow): boolean {
    return !this.failed && chunksForFlow(flow).every((chunk) => !this.failedChunks.has(chunk));
  }

  /** Puts the host element and stylesheet in place, if the renderers are here. */
  mount(): void {
    if (this.loaded) this.root ??= this.loaded.mountRoot();
  }

  /**
   * Draws now what it can; loads the renderers or a kind's chunk that is missing and calls `redraw`
   * once it is here (state is read afresh then). The first bars and modals, then each chunk that
   * arrived, are taken into the drawing one per task, so the first render of several kinds is not
   * one long task. Nothing to draw and
   * nothing drawn yet needs no renderers.
   */
  draw(views: StepViewModel[], checklists: ChecklistViewModel[], announcement: string, redraw: () => void, resourceCenter: ResourceCenterViewModel | null = null): void {
    if (!this.root) {
      if (views.length === 0 && checklists.length === 0 && !resourceCenter) return;
      this.mount();
    }
    // The first drawing is not the task of the rules that asked for it (start-up's first evaluation):
    // every drawing asked for in that task is drawn once, in the next.
    if (this.puttingOff) return;
    if (this.root && !this.firstPutOff) {
      this.firstPutOff = this.puttingOff = true;
      void yieldToMain().then(() => {
        this.puttingOff = false;
        redraw();
      });
      return;
    }
    // Bars and modals go in first, in a task of their own; then one kind's chunk per task.
    let taken = this.tookThisTask;
    if (this.root && !taken && !this.baseDrawn && views.some((view) => !chunkOfStepType(view.step.type))) taken = this.baseDrawn = true;
    let waiting = false;
    for (const chunk of chunksToDraw(views, checklists, resourceCenter)) {
      if (this.inUse.has(chunk) || this.failedChunks.has(chunk)) continue;
      const module = this.arrived.get(chunk);
      if (!module) {
        if (this.awaited.has(chunk)) continue;
        this.awaited.add(chunk);
        void this.chunk(chunk).then((arrived) => {
          this.awaited.delete(chunk);
          if (arrived) redraw();
        });
      } else if (this.root && !taken) {
        this.root.use(module);
        this.inUse.add(chunk);
        taken = true;
      } else waiting = true;
    }
    if (this.root) {
      this.root.render(views, checklists, announcement, resourceCenter);
      if (taken && !this.tookThisTask) {
        this.tookThisTask = true;
        void yieldToMain().then(() => {
          this.tookThisTask = false;
          if (this.redrawNextTask) {
            this.redrawNextTask = false;
            redraw();
          }
        });
      }
      if (waiting) this.redrawNextTask = true;
      return;
    }
    void this.load().then((ui) => {
      if (ui) redraw();
    });
  }

  unmount(): void {
    this.root?.unmount();
    this.root = null;
    this.inUse.clear();
    this.baseDrawn = false;
  }
}
