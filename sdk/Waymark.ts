import { matchPageRules } from '../shared/targeting/matchPageRules.ts';
import { matchUrlRule, toPageLocation } from '../shared/targeting/matchUrlRule.ts';
import { allowedByFrequency } from '../shared/targeting/allowedByFrequency.ts';
import { resolveAnchor } from '../shared/anchor/resolveAnchor.ts';
import type { Action } from '../shared/schema/action.ts';
import type { EventEnvelope } from '../shared/schema/event.ts';
import { EventType } from '../shared/schema/event.ts';
import type { Flow } from '../shared/schema/flow.ts';
import type { Step } from '../shared/schema/step.ts';
import { AnchorWatcher } from './anchor/AnchorWatcher.ts';
import { Emitter } from './emitter.ts';
import { stepView } from './engine/stepView.ts';
import { checklistView } from './engine/checklistView.ts';
import { localizeStep } from './engine/localizeStep.ts';
import { localizedFlowName } from './engine/localizedFlowName.ts';
import { loadFlows } from './engine/loadFlows.ts';
import { FlowCatalog } from './engine/FlowCatalog.ts';
import { ElementTriggers } from './engine/ElementTriggers.ts';
import { MilestoneTracker } from './engine/MilestoneTracker.ts';
import { EventHistory } from './engine/EventHistory.ts';
import { evaluateCondition } from '../shared/targeting/evaluateCondition.ts';
import { buildTargetingContext } from './engine/buildTargetingContext.ts';
import { newlyCompletedItems } from './engine/newlyCompletedItems.ts';
import { firstStepForPage, stepBelongsOn } from './engine/firstStepForPage.ts';
import { createEvent, type EventFields } from './events/createEvent.ts';
import { EventDelivery } from './delivery/EventDelivery.ts';
import { ExperimentGate } from './engine/ExperimentGate.ts';
import { loadServerBundle } from './delivery/loadServerBundle.ts';
import { forwardToDestinations } from './delivery/forwardToDestinations.ts';
import { serverEndpoints } from './delivery/serverEndpoints.ts';
import { trimQueue } from './delivery/trimQueue.ts';
import { backoffFrom } from './delivery/backoffFrom.ts';
import { UserStateSync } from './sync/UserStateSync.ts';
import { systemEventTypes } from '../shared/schema/event.ts';
import { toJsonProps } from './events/toJsonProps.ts';
import { loadAnonymousId, loadSessionId } from './identity.ts';
import type { InitOptions, WaymarkError } from './options.ts';
import { watchRoutes } from './routeWatcher.ts';
import { listenToBuilder } from './listenToBuilder.ts';
import { yieldToMain } from './yieldToMain.ts';
import { openStore } from './storage/openStore.ts';
import { updatedProgress, type FlowProgress } from './storage/progress.ts';
import type { WaymarkStore } from './storage/WaymarkStore.ts';
import { LazyUi } from './ui/LazyUi.ts';
import { ErrorReporter } from './ErrorReporter.ts';
import { navigate } from './navigate.ts';
import { entryProps } from '../shared/analytics/entryProps.ts';
import { safeTheme } from './engine/safeTheme.ts';
import type { ChecklistViewModel } from './ui/ChecklistViewModel.ts';
import type { StepViewModel } from './ui/StepViewModel.ts';
import type { ChecklistItem } from '../shared/schema/checklist.ts';

/** What a listener receives: `error` gets problems; every other type (and `event`, for all) gets an event envelope. */
export type WaymarkPayload<K extends string> = K extends 'error' ? WaymarkError : EventEnvelope;

export interface StartOptions {
  /** Start even if the flow's frequency says it was already shown. */
  force?: boolean;
}

interface RunningFlow {
  flow: Flow;
  stepIndex: number;
  phase: 'waiting_page' | 'waiting_anchor' | 'shown';
  anchor: Element | null;
  stopWaiting?: () => void;
  stopAdvanceWatch?: () => void;
}

const DEFAULT_ANCHOR_TIMEOUT_MS = 10_000;
/** Longest wait for a `server.userHash` function before going on without the hash. */
const USER_HASH_TIMEOUT_MS = 4000;
const SYSTEM_EVENTS = new Set<string>(systemEventTypes);
const isBlocking = (flow: Flow) => flow.kind === 'tour' || flow.kind === 'modal' || flow.kind === 'survey';

/** One SDK instance: created by `init`, holds all state (nothing lives in module globals). */
export class Waymark {
  /** Resolves once storage is open and the flows are loaded. */
  readonly ready: Promise<void>;
  private readonly emitter: Emitter<Record<string, EventEnvelope | WaymarkError>>;
  private readonly errors: ErrorReporter;
  private readonly catalog = new FlowCatalog();
  private delivery: EventDelivery | null = null;
  private sync: UserStateSync | null = null;
  private userHash: string | undefined;
  /** Identity hashes of the users this page signed in, sent with their events. */
  private readonly userHashes = new Map<string, string>();
  private experiments: ExperimentGate | null = null;
  private store: WaymarkStore | null = null;
  private readonly ui = new LazyUi((message) => this.report({ code: 'load_failed', message }));
  /** Set once start-up is through: from then on, state changes are drawn. */
  private drawing = false;
  private anchors = new AnchorWatcher();
  private milestones: MilestoneTracker | null = null;
  private history: EventHistory | null = null;
  private stopRoutes: (() => void) | null = null;
  private stopBuilder: (() => void) | null = null;
  /** The builder extension is previewing a draft on this tab: draw and start nothing until it is done. */
  private paused = false;
  private progress = new Map<string, FlowProgress>();
  private running = new Map<string, RunningFlow>();
  private queued: Array<{ flow: Flow; force: boolean }> = [];
  private delayed = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly elementTriggers = new ElementTriggers(this.anchors);
  private lastBlockingEndedAt = 0;
  private gapTimer: ReturnType<typeof setTimeout> | undefined;
  private anonymousId = '';
  private sessionId = '';
  private userId: string | undefined;
  private traits: Record<string, unknown> = {};
  private announcement = '';
  private destroyed = false;

  constructor(private readonly options: InitOptions = {}) {
    this.emitter = new Emitter((error) => this.report({ code: 'internal', message: `a listener threw: ${String(error)}` }));
    this.errors = new ErrorReporter((error) => this.emitter.emit('error', error), options.onError);
    this.userId = typeof options.userId === 'string' && options.userId ? options.userId : undefined;
    this.traits = toJsonProps(options.traits) ?? {};
    this.userHash = typeof options.server?.userHash === 'string' ? options.server.userHash : undefined;
    this.ready = this.setup().catch((error) => this.report({ code: 'internal', message: String(error) }));
  }

  // ---- public API (every entry point is guarded: nothing throws into the host page) ----

  /** `options.userHash`: the identity-verification hash of this user id (see `server.userHash`). */
  identify(userId: unknown, traits?: unknown, options?: { userHash?: string }): void {
    this.guard(() => {
      if (typeof userId !== 'string' || userId.length === 0 || userId.length > 200) {
        return this.report({ code: 'invalid_argument', message: 'identify(userId): userId must be a non-empty string of at most 200 characters' });
      }
      const safeTraits = toJsonProps(traits);
      if (safeTraits === null) return this.report({ code: 'invalid_argument', message: 'identify(userId, traits): traits must be a plain object of JSON values' });
      const userHash = typeof options?.userHash === 'string' ? options.userHash : undefined;
      void this.ready.then(() => this.guardAsync(() => this.switchUser(userId, safeTraits, userHash)));
    });
  }

  track(name: unknown, props?: unknown): void {
    this.guard(() => {
      if (typeof name !== 'string' || !EventType.safeParse(name).success) {
        return this.report({ code: 'invalid_argument', message: 'track(name): name must be 1–200 characters of letters, digits, space and _ . : $ -' });
      }
      const safeProps = toJsonProps(props);
      if (safeProps === null) return this.report({ code: 'invalid_argument', message: `track("${name}", props): props must be a plain object of JSON values under 32 KB, nested at most 16 levels` });
      void this.ready.then(() => this.guard(() => this.onTracked(name, safeProps)));
    });
  }

  start(flowId: unknown, options?: StartOptions): void {
    this.guard(() => {
      if (typeof flowId !== 'string') return this.report({ code: 'invalid_argument', message: 'start(flowId): flowId must be a string' });
      const force = options?.force === true;
      void this.ready.then(() =>
        this.guard(() => {
          const flow = this.catalog.find(flowId);
          if (!flow) return this.report({ code: 'invalid_argument', message: `start("${flowId}"): no such flow`, flowId });
          this.requestStart(flow, { force, manual: true });
        }),
      );
    });
  }

  /** Listens to one event type (`flow_completed`, a tracked name, …), `event` for all events, or `error`. */
  on<K extends string>(type: K, listener: (payload: WaymarkPayload<K>) => void): void {
    this.guard(() => {
      if (typeof type === 'string' && typeof listener === 'function') this.emitter.on(type, listener as (payload: EventEnvelope | WaymarkError) => void);
    });
  }

  off<K extends string>(type: K, listener: (payload: WaymarkPayload<K>) => void): void {
    this.guard(() => this.emitter.off(type, listener as (payload: EventEnvelope | WaymarkError) => void));
  }

  /** Sends the events waiting for delivery now (resolves when the queue is empty or the server can't take them). */
  flush(): Promise<void> {
    return this.ready
      .then(() => Promise.all([this.delivery?.flush(), this.sync?.flush()]))
      .then(() => {})
      .catch((error) => this.report({ code: 'internal', message: String(error) }));
  }

  /** Removes everything the SDK added to the page and stops listening. */
  destroy(): void {
    this.guard(() => {
      this.destroyed = true;
      for (const run of this.running.values()) this.stopWatchers(run);
      this.running.clear();
      for (const timer of this.delayed.values()) clearTimeout(timer);
      clearTimeout(this.gapTimer);
      this.anchors.disconnect();
      this.milestones?.stop();
      this.stopRoutes?.();
      this.stopBuilder?.();
      this.delivery?.stop();
      this.sync?.stop();
      this.ui.unmount();
      this.store?.close();
      this.emitter.clear();
    });
  }

  /** Ids of the milestones this user has reached. */
  hasReached(milestoneId: unknown): boolean {
    try {
      return typeof milestoneId === 'string' && this.milestones?.has(milestoneId) === true;
    } catch {
      return false;
    }
  }

  /** The flows that passed validation (read-only snapshot). */
  get flows(): readonly Flow[] {
    return this.catalog.flows;
  }

  // ---- setup ----

  private async setup(): Promise<void> {
    // IndexedDB opens while the inline flows are validated.
    const opening = openStore(this.options.dbName ?? 'waymark', (reason) =>
      this.report({ code: 'storage_fallback', message: `IndexedDB unavailable (${String(reason)}); progress is kept in memory for this page only` }),
    );
    this.acceptBundle(this.options.flows === undefined ? null : loadFlows(this.options.flows), 'flows');
    this.store = await opening;
    this.anonymousId = await loadAnonymousId(this.store);
    this.sessionId = loadSessionId();
    this.experiments = new ExperimentGate(this.store, (tag) => this.emit('experiment_exposure', { ...tag, props: {} }));
    if (this.options.flowsUrl) await this.fetchBundle(this.options.flowsUrl);
    if (this.options.server) await this.connectServer(this.options.server);
    const { bundle } = this.catalog;
    this.experiments.setBundle(bundle.experiments, bundle.holdout);
    this.milestones = new MilestoneTracker(bundle.milestones, this.store, (m, via) => {
      this.sync?.milestoneReached(m.id, Date.now());
      this.emit('milestone_reached', { props: { milestone: m.id, name: m.name, stage: m.stage, via } });
      for (const run of this.running.values()) if (run.flow.checklist) this.syncChecklist(run);
      this.render();
    });
    this.history = new EventHistory(this.store);
    const store = this.store;
    // Independent reads of this user's state, in parallel (the user state pulled above is merged in already).
    await Promise.all([
      this.loadUserState(),
      store.getMeta(`blockingEnded|${this.userKey}`).then((value) => { this.lastBlockingEndedAt = Number(value) || 0; }),
    ]);
    // Whatever shows first needs the renderers; they were requested when the flows arrived. Their
    // host and stylesheet go in first, the first step in a task of its own.
    const ui = this.ui.requested ? await this.ui.load() : null;
    if (this.destroyed) return;
    await yieldToMain();
    if (ui && !this.destroyed) {
      this.ui.mount();
      await yieldToMain();
    }
    if (this.destroyed) return;
    this.milestones.listenForClicks();
    this.milestones.onPage(this.page);
    this.drawing = true;
    this.stopRoutes = watchRoutes(() => this.guard(() => this.onRouteChange()));
    const server = this.options.server;
    this.stopBuilder = listenToBuilder(
      server ? { serverUrl: new URL(server.url, location.href).href.replace(/\/+$/, ''), publicKey: server.publicKey, env: server.env ?? 'production' } : {},
      (active) => this.guard(() => this.setPaused(active)),
    );
    this.evaluate();
  }

  private setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.render();
    if (!paused) this.evaluate();
  }

  private acceptBundle(result: ReturnType<typeof loadFlows> | null, source: string): void {
    if (!result) return;
    if (!result.ok) {
      this.report({ code: 'invalid_bundle', message: `${source}: invalid bundle`, details: result.errors });
      return;
    }
    for (const rejected of result.value.rejected) {
      this.report({ code: 'invalid_flow', message: `${source}: flow ${rejected.flowId ?? `#${rejected.index}`} rejected: ${rejected.errors.join('; ')}`, details: rejected.errors, ...(rejected.flowId ? { flowId: rejected.flowId } : {}) });
    }
    this.catalog.set(source, result.value);
    const { bundle } = this.catalog;
    if (bundle.flows.length > 0) void this.ui.load();
    this.milestones?.setMilestones(bundle.milestones);
    this.experiments?.setBundle(bundle.experiments, bundle.holdout);
  }

  /** Flows from the server (cached copy first, then revalidated), the user's state from it, and event delivery to it. */
  private async connectServer(server: NonNullable<InitOptions['server']>): Promise<void> {
    const store = this.store!;
    const endpoints = serverEndpoints(server);
    const backoff = backoffFrom(this.options.retry);
    const flushDelayMs = Math.max(0, this.options.flushIntervalMs ?? 1000);
    if (server.syncUserState !== false) {
      this.sync = new UserStateSync({ url: endpoints.userState, store, backoff, debounceMs: flushDelayMs, pullTimeoutMs: 4000, onError: (message) => this.report({ code: 'sync_failed', message }) });
    }
    const pulling = this.pullUserState();
    await loadServerBundle(store, endpoints.bundle, {
      accept: (body) => this.acceptBundle(loadFlows(body), 'server'),
      // Arrived after the cached copy was put to use: stop what was unpublished, start what is new.
      replacedLate: () => void this.ready.then(() => this.guard(() => this.onFlowsReplaced())),
      failed: (message) => this.report({ code: 'load_failed', message }),
    });
    this.delivery = new EventDelivery({
      endpoint: endpoints.events,
      store,
      lockName: `waymark-flush:${this.options.dbName ?? 'waymark'}`,
      maxBatch: 100,
      maxQueued: this.maxQueued,
      flushDelayMs,
      backoff,
      userHashes: (events) => this.hashesOf(events),
      onDropped: (reason, count) => this.report({ code: 'events_dropped', message: `${count} event(s) not delivered: ${reason}`, details: [reason] }),
      onError: (message) => this.report({ code: 'internal', message }),
    });
    if (!this.destroyed) this.delivery.start();
    await pulling;
  }

  /** A newer release replaced the flows: ends running flows it no longer has, then looks for flows to start. */
  private onFlowsReplaced(): void {
    const live = new Set(this.catalog.flows.map((f) => f.id));
    for (const run of [...this.running.values()]) {
      if (live.has(run.flow.id)) continue;
      this.stopWatchers(run);
      this.running.delete(run.flow.id);
    }
    this.render();
    this.evaluate();
  }

  /** Merges the server's copy of this user's state into the stored one, before the engine loads it. */
  private async pullUserState(): Promise<void> {
    if (!this.options.server || !this.userId) return;
    const userId = this.userId;
    const hash = await this.userHashFor(userId);
    if (!this.sync || this.userId !== userId) return;
    await this.sync.pull(userId, this.userKey, hash).catch((error) => this.report({ code: 'sync_failed', message: `user state sync failed: ${String(error)}` }));
  }

  /** The user's identity hash: given with `identify` or `init`, or asked of `server.userHash` when it is a function. */
  private async userHashFor(userId: string): Promise<string | undefined> {
    const option = this.options.server?.userHash;
    if (!this.userHashes.has(userId)) {
      // The server checks the hash; one it cannot use only leaves the user unverified.
      const hash = this.userHash ?? (typeof option === 'function'
        ? await Promise.race([Promise.resolve(userId).then(option), new Promise<undefined>((resolve) => setTimeout(resolve, USER_HASH_TIMEOUT_MS))]).catch((error) =>
            this.report({ code: 'sync_failed', message: `server.userHash(${JSON.stringify(userId)}) failed: ${String(error)}` }))
        : undefined);
      if (typeof hash === 'string') this.userHashes.set(userId, hash);
    }
    return this.userHashes.get(userId);
  }

  private hashesOf(events: readonly EventEnvelope[]): Record<string, string> | undefined {
    const out: Record<string, string> = {};
    for (const { userId } of events) if (userId && this.userHashes.has(userId)) out[userId] = this.userHashes.get(userId)!;
    return Object.keys(out).length ? out : undefined;
  }

  private async fetchBundle(url: string): Promise<void> {
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.acceptBundle(loadFlows(await response.json()), url);
    } catch (error) {
      this.report({ code: 'load_failed', message: `could not load flows from ${url}: ${String(error)}` });
    }
  }

  private get maxQueued(): number {
    return Math.max(1, this.options.maxQueuedEvents ?? 5000);
  }

  private get userKey(): string {
    return this.userId ? `u:${this.userId}` : `a:${this.anonymousId}`;
  }

  /**
   * The current user's progress, experiment assignments, milestones and event history, read in
   * parallel. (The time the last blocking experience ended stays: it is the same person on screen.)
   */
  private async loadUserState(): Promise<void> {
    const userKey = this.userKey;
    const loadProgress = async () => {
      this.progress.clear();
      for (const p of (await this.store?.getProgress(userKey)) ?? []) this.progress.set(p.flowId, p);
    };
    await Promise.all([loadProgress(), this.experiments?.load(userKey, this.userId ?? this.anonymousId), this.milestones?.load(userKey), this.history?.load(userKey)]);
  }

  private async switchUser(userId: string, traits: Record<string, unknown>, userHash: string | undefined): Promise<void> {
    this.traits = { ...this.traits, ...traits };
    if (userId === this.userId) return;
    this.userId = userId;
    this.userHash = userHash;
    for (const run of this.running.values()) this.stopWatchers(run);
    this.running.clear();
    this.queued = [];
    await this.pullUserState();
    await this.loadUserState();
    this.render();
    this.evaluate();
  }

  // ---- deciding what to start ----

  private get page() {
    const hashRouting = this.options.hashRouting;
    return toPageLocation(location.href, typeof hashRouting === 'boolean' ? hashRouting : 'auto');
  }

  /** Starts every flow whose trigger matches now (page rules, element present), highest priority first. */
  private evaluate(): void {
    if (this.options.autoStart === false || this.destroyed || this.paused) return;
    const page = this.page;
    const now = Date.now();
    for (const flow of this.catalog.byPriority) {
      if (this.running.has(flow.id)) continue;
      const saved = this.progress.get(flow.id);
      const resuming = saved?.status === 'active' && saved.flowVersion === flow.version;
      // Cheapest test first: a flow its frequency rules out (shown "once" already) needs no page matching.
      if (!resuming && !allowedByFrequency(flow.frequency, saved, this.sessionId, now)) continue;
      if (!resuming && !this.triggerMatches(flow, page)) continue;
      if (resuming && flow.trigger.pages && !flow.steps[saved.stepIndex]?.url && !matchPageRules(flow.trigger.pages, page)) continue;
      this.autoStart(flow, resuming);
    }
  }

  private triggerMatches(flow: Flow, page: ReturnType<typeof toPageLocation>): boolean {
    const { trigger } = flow;
    if (trigger.manual || trigger.event) return false;
    if (trigger.pages && !matchPageRules(trigger.pages, page)) return false;
    if (trigger.elementPresent && resolveAnchor(trigger.elementPresent).status !== 'found') {
      // Re-evaluated when the element appears on this page.
      this.elementTriggers.watch(flow, trigger.elementPresent, () => this.guard(() => this.evaluate()));
      return false;
    }
    return this.inAudience(flow);
  }

  private inAudience(flow: Flow): boolean {
    return !flow.audience || evaluateCondition(flow.audience, this.targetingContext());
  }

  private targetingContext() {
    return buildTargetingContext({
      progress: this.progress.values(),
      traits: this.traits,
      eventCount: (name, since) => this.history?.count(name, since) ?? 0,
      milestones: this.milestones?.reachedIds ?? new Set(),
    });
  }

  /** Starts a triggered flow, after its `delayMs` if it has one (re-checking the page then). */
  private autoStart(flow: Flow, resuming: boolean): void {
    const delay = flow.trigger.delayMs ?? 0;
    if (resuming || delay === 0) return this.requestStart(flow, { force: false, manual: false });
    if (this.delayed.has(flow.id)) return;
    const startPath = this.page.path;
    this.delayed.set(flow.id, setTimeout(() => {
      this.delayed.delete(flow.id);
      this.guard(() => {
        if (!this.destroyed && this.page.path === startPath) this.requestStart(flow, { force: false, manual: false });
      });
    }, delay));
  }

  private requestStart(flow: Flow, { force, manual }: { force: boolean; manual: boolean }): void {
    // Without renderers a flow nobody sees would record progress, exposures and a shown blocking step.
    if (this.running.has(flow.id) || this.ui.unavailable || this.paused) return;
    const saved = this.progress.get(flow.id);
    const resume = saved?.status === 'active' && saved.flowVersion === flow.version && !force;
    if (!resume && !force && !allowedByFrequency(flow.frequency, saved, this.sessionId, Date.now())) return;
    if (isBlocking(flow) && this.blockingShownBesides(flow)) {
      if (manual && !this.queued.some((q) => q.flow.id === flow.id)) this.queued.push({ flow, force });
      return;
    }
    if (isBlocking(flow) && !manual && !resume && this.waitForBlockingGap()) return;
    if (!force && this.experiments && !this.experiments.admit(flow.id)) return;
    const run: RunningFlow = { flow, stepIndex: 0, phase: 'waiting_page', anchor: null };
    if (flow.kind === 'checklist') return this.startChecklist(run, resume, saved?.starts ?? 0, manual);
    if (flow.steps.length === 0) return;
    this.running.set(flow.id, run);
    if (resume && saved) {
      this.goToStep(run, Math.min(saved.stepIndex, flow.steps.length - 1), false);
    } else {
      const first = firstStepForPage(flow, this.page);
      this.saveProgress(flow, { status: 'active', stepIndex: first, stepId: flow.steps[first]!.id, starts: (saved?.starts ?? 0) + 1, lastStartedAt: Date.now(), sessionId: this.sessionId });
      this.emit('flow_started', { flowId: flow.id, flowVersion: flow.version, props: { manual, ...(first > 0 ? { startStep: first } : {}) } });
      this.goToStep(run, first, false);
    }
  }

  private startChecklist(run: RunningFlow, resume: boolean, starts: number, manual: boolean): void {
    run.phase = 'shown';
    this.running.set(run.flow.id, run);
    if (!resume) {
      this.saveProgress(run.flow, { status: 'active', stepIndex: 0, starts: starts + 1, lastStartedAt: Date.now(), sessionId: this.sessionId, open: manual });
      this.emit('flow_started', { flowId: run.flow.id, flowVersion: run.flow.version, props: { manual } });
    } else if (manual) this.saveProgress(run.flow, { open: true });
    this.syncChecklist(run);
    this.render();
  }

  /** Ticks off items whose milestone is reached (even before the checklist was first shown). */
  private syncChecklist(run: RunningFlow): void {
    const checklist = run.flow.checklist;
    if (!checklist || !this.milestones) return;
    const reported = new Set(this.progress.get(run.flow.id)?.completedItems ?? []);
    const milestones = this.milestones;
    const fresh = newlyCompletedItems(checklist, reported, (id) => milestones.has(id));
    if (!fresh.length) return;
    for (const item of fresh) {
      reported.add(item.id);
      this.emit('checklist_item_completed', { flowId: run.flow.id, flowVersion: run.flow.version, props: { item: item.id, milestone: item.milestone } });
    }
    this.saveProgress(run.flow, { completedItems: [...reported] });
    if (checklist.items.every((item) => reported.has(item.id)) && this.progress.get(run.flow.id)?.status === 'active') {
      this.saveProgress(run.flow, { status: 'completed', completedAt: Date.now() });
      this.emit('flow_completed', { flowId: run.flow.id, flowVersion: run.flow.version });
    }
  }

  private onChecklistItem(run: RunningFlow, item: ChecklistItem): void {
    this.emit('checklist_item_clicked', { flowId: run.flow.id, flowVersion: run.flow.version, props: { item: item.id } });
    this.saveProgress(run.flow, { open: false });
    this.render();
    const action = item.action;
    if (!action) return;
    if (action.type === 'start_flow') this.start(action.flowId, { force: true });
    else if (action.type === 'url') this.navigate(action.url, action.newTab === true);
    else if (action.type === 'track') this.track(action.event);
  }

  /** True (and a re-evaluation scheduled) while the gap after the last blocking experience lasts. */
  private waitForBlockingGap(): boolean {
    const gap = this.options.blockingGapMs ?? 0;
    const remaining = this.lastBlockingEndedAt + gap - Date.now();
    if (gap <= 0 || remaining <= 0) return false;
    if (!this.gapTimer) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = undefined;
        this.guard(() => this.evaluate());
      }, remaining);
    }
    return true;
  }

  private startNextQueued(): void {
    const next = this.queued.shift();
    if (next) this.requestStart(next.flow, { force: next.force, manual: true });
    else this.evaluate();
  }

  // ---- running a flow ----

  private goToStep(run: RunningFlow, index: number, record = true): void {
    this.stopWatchers(run);
    const step = run.flow.steps[index];
    if (!step) return this.finish(run, 'completed');
    run.stepIndex = index;
    run.anchor = null;
    if (record) this.saveProgress(run.flow, { stepIndex: index, stepId: step.id });
    this.place(run);
  }

  /** Shows the current step if its page and anchor are here, otherwise waits for them. */
  private place(run: RunningFlow): void {
    const step = run.flow.steps[run.stepIndex]!;
    run.stopWaiting?.();
    // A blocking flow whose page comes back while another one is showing waits its turn.
    if (!stepBelongsOn(step, this.page) || !this.onFlowPages(run.flow, step) || (isBlocking(run.flow) && this.blockingShownBesides(run.flow))) {
      run.phase = 'waiting_page';
      run.anchor = null;
      return this.render();
    }
    const anchor = 'anchor' in step ? step.anchor : undefined;
    if (!anchor) return this.show(run, null);
    run.phase = 'waiting_anchor';
    this.render();
    const policy = step.onMissing?.policy ?? 'end';
    const timeout = step.onMissing?.timeoutMs ?? DEFAULT_ANCHOR_TIMEOUT_MS;
    run.stopWaiting = this.anchors.wait(
      anchor,
      policy === 'wait' ? 2_147_483_647 : timeout,
      (element) => this.guard(() => this.show(run, element)),
      () =>
        this.guard(() => {
          this.emit('anchor_missing', { flowId: run.flow.id, flowVersion: run.flow.version, stepId: step.id, props: { policy, timeoutMs: timeout } });
          if (policy === 'skip') this.goToStep(run, run.stepIndex + 1);
          else this.finish(run, 'ended');
        }),
    );
  }

  private show(run: RunningFlow, anchor: Element | null): void {
    if (this.running.get(run.flow.id) !== run) return;
    const step = run.flow.steps[run.stepIndex]!;
    run.phase = 'shown';
    run.anchor = anchor;
    this.watchAdvance(run, step);
    const total = run.flow.steps.length;
    this.announcement = `${localizeStep(run.flow, step, this.locale).title ?? localizedFlowName(run.flow, this.locale)}${total > 1 ? `, step ${run.stepIndex + 1} of ${total}` : ''}`;
    this.emit('step_shown', { flowId: run.flow.id, flowVersion: run.flow.version, stepId: step.id, props: { index: run.stepIndex, total } });
    this.render();
  }

  /** Advance rules other than buttons: a click on the anchor, an event, or reaching a URL. */
  private watchAdvance(run: RunningFlow, step: Step): void {
    run.stopAdvanceWatch?.();
    run.stopAdvanceWatch = undefined;
    if (step.advanceOn?.type === 'anchor_click' && run.anchor) {
      const anchor = run.anchor;
      const onClick = () => this.guard(() => this.completeStep(run));
      anchor.addEventListener('click', onClick, { once: true });
      run.stopAdvanceWatch = () => anchor.removeEventListener('click', onClick);
    }
  }

  private completeStep(run: RunningFlow): void {
    if (this.running.get(run.flow.id) !== run) return;
    const step = run.flow.steps[run.stepIndex]!;
    this.emit('step_completed', { flowId: run.flow.id, flowVersion: run.flow.version, stepId: step.id, props: { index: run.stepIndex } });
    if (run.stepIndex + 1 >= run.flow.steps.length) this.finish(run, 'completed');
    else this.goToStep(run, run.stepIndex + 1);
  }

  private finish(run: RunningFlow, how: 'completed' | 'dismissed' | 'ended'): void {
    if (this.running.get(run.flow.id) !== run) return;
    if (run.flow.checklist && this.progress.get(run.flow.id)?.status === 'completed') {
      this.running.delete(run.flow.id);
      return this.render();
    }
    this.stopWatchers(run);
    this.running.delete(run.flow.id);
    const step = run.flow.steps[run.stepIndex];
    const base = { flowId: run.flow.id, flowVersion: run.flow.version, ...(step ? { stepId: step.id } : {}) };
    if (how === 'completed') {
      this.saveProgress(run.flow, { status: 'completed', completedAt: Date.now() });
      this.emit('flow_completed', base);
    } else {
      this.saveProgress(run.flow, { status: 'dismissed', dismissedAt: Date.now() });
      this.emit('flow_dismissed', { ...base, props: { reason: how === 'ended' ? 'anchor_missing' : 'user' } });
    }
    this.announcement = '';
    this.render();
    if (isBlocking(run.flow)) {
      this.lastBlockingEndedAt = Date.now();
      void this.store?.setMeta(`blockingEnded|${this.userKey}`, String(this.lastBlockingEndedAt)).catch(() => {});
      this.resumeWaitingBlocking() || this.startNextQueued();
    }
  }

  /**
   * A bar or hotspot without a page of its own shows only on its flow's pages: it leaves when its
   * page is left and comes back with it. (A tour, modal or survey the user is in stays until answered.)
   */
  private onFlowPages(flow: Flow, step: Step): boolean {
    return isBlocking(flow) || !!step.url || !flow.trigger.pages || matchPageRules(flow.trigger.pages, this.page);
  }

  /** Back is offered when there is a previous step and it belongs on this page. */
  private canGoBack(run: RunningFlow): boolean {
    const previous = run.flow.steps[run.stepIndex - 1];
    return previous !== undefined && stepBelongsOn(previous, this.page);
  }

  /** True when a blocking flow other than `flow` is on screen (or about to be: waiting for its anchor). */
  private blockingShownBesides(flow: Flow): boolean {
    return [...this.running.values()].some((r) => r.flow.id !== flow.id && isBlocking(r.flow) && r.phase !== 'waiting_page');
  }

  /** Lets the highest-priority blocking flow that was waiting on this page show; false if none was. */
  private resumeWaitingBlocking(): boolean {
    const page = this.page;
    const waiting = [...this.running.values()]
      .filter((r) => isBlocking(r.flow) && r.phase === 'waiting_page')
      .filter((r) => { const step = r.flow.steps[r.stepIndex]; return step === undefined || stepBelongsOn(step, page); })
      .sort((a, b) => (b.flow.priority ?? 0) - (a.flow.priority ?? 0))[0];
    if (!waiting) return false;
    this.place(waiting);
    return true;
  }

  private onAction(run: RunningFlow, action: Action): void {
    if (this.running.get(run.flow.id) !== run) return;
    switch (action.type) {
      case 'next':
        return this.completeStep(run);
      case 'back':
        return run.stepIndex > 0 ? this.goToStep(run, run.stepIndex - 1) : undefined;
      case 'dismiss':
        return this.finish(run, 'dismissed');
      case 'complete':
        this.emit('step_completed', { flowId: run.flow.id, flowVersion: run.flow.version, stepId: run.flow.steps[run.stepIndex]!.id, props: { index: run.stepIndex } });
        return this.finish(run, 'completed');
      case 'goto_step': {
        const index = run.flow.steps.findIndex((s) => s.id === action.stepId);
        return index >= 0 ? this.goToStep(run, index) : undefined;
      }
      case 'url':
        if (action.complete) this.finish(run, 'completed');
        return this.navigate(action.url, action.newTab === true);
      case 'start_flow':
        this.finish(run, 'completed');
        return this.start(action.flowId, { force: true });
      case 'track':
        return this.track(action.event);
    }
  }

  private navigate(url: string, newTab: boolean): void {
    const refused = navigate(url, newTab, this.options.navigate);
    if (refused) this.report({ code: 'invalid_argument', message: refused });
  }

  private onRouteChange(): void {
    this.elementTriggers.clear();
    // An open checklist panel closes when the user moves on, unless it is pinned.
    let closed = false;
    for (const run of this.running.values()) {
      if (run.flow.checklist && !run.flow.checklist.pinned && this.progress.get(run.flow.id)?.open) {
        this.saveProgress(run.flow, { open: false });
        closed = true;
      }
    }
    if (closed) this.render();
    this.milestones?.onPage(this.page);
    for (const run of [...this.running.values()]) {
      const step = run.flow.steps[run.stepIndex];
      if (!step) continue;
      const advance = step.advanceOn;
      // Reaching the step's target page completes it, even if the user went there another way.
      if (run.phase !== 'waiting_anchor' && advance?.type === 'url' && matchUrlRule(advance.rule, this.page)) this.completeStep(run);
      else if (run.phase === 'waiting_page' || step.url || !this.onFlowPages(run.flow, step) || (run.anchor && !run.anchor.isConnected)) this.place(run);
    }
    this.evaluate();
  }

  private onTracked(name: string, props: Record<string, unknown>): void {
    this.emit(name, { props });
    this.milestones?.onEvent(name);
    for (const run of [...this.running.values()]) {
      const advance = run.flow.steps[run.stepIndex]?.advanceOn;
      if (run.phase === 'shown' && advance?.type === 'event' && advance.name === name) this.completeStep(run);
    }
    if (this.options.autoStart === false) return;
    for (const flow of this.catalog.flows) {
      if (flow.trigger.event !== name || flow.trigger.manual) continue;
      if (flow.trigger.pages && !matchPageRules(flow.trigger.pages, this.page)) continue;
      if (!this.inAudience(flow)) continue;
      this.autoStart(flow, false);
    }
  }

  private stopWatchers(run: RunningFlow): void {
    run.stopWaiting?.();
    run.stopWaiting = undefined;
    run.stopAdvanceWatch?.();
    run.stopAdvanceWatch = undefined;
  }

  // ---- rendering, persistence, events, errors ----

  private render(): void {
    if (!this.drawing || this.destroyed) return;
    if (this.paused) return this.ui.draw([], [], '', () => this.guard(() => this.render()));
    const views: StepViewModel[] = [];
    const checklists: ChecklistViewModel[] = [];
    // One thing at a time: a closed checklist's launcher waits while a tour, modal or survey shows.
    const blockingShown = [...this.running.values()].some((run) => isBlocking(run.flow) && run.phase === 'shown');
    for (const run of this.running.values()) {
      if (run.phase !== 'shown') continue;
      const checklist = run.flow.checklist;
      if (checklist && blockingShown && this.progress.get(run.flow.id)?.open !== true) continue;
      if (checklist) {
        checklists.push(checklistView({
          flow: run.flow,
          checklist,
          reached: (milestoneId) => this.milestones?.has(milestoneId) === true,
          open: this.progress.get(run.flow.id)?.open === true,
          theme: this.themeFor(run.flow),
          locale: this.locale,
          handlers: {
            onToggle: () => this.guard(() => {
              this.saveProgress(run.flow, { open: !(this.progress.get(run.flow.id)?.open === true) });
              this.render();
            }),
            onItem: (item) => this.guard(() => this.onChecklistItem(run, item)),
            onDismiss: () => this.guard(() => this.finish(run, 'dismissed')),
          },
        }));
        continue;
      }
      const stepId = run.flow.steps[run.stepIndex]!.id;
      views.push(stepView({
        flow: run.flow,
        stepIndex: run.stepIndex,
        anchor: run.anchor,
        locale: this.locale,
        theme: this.themeFor(run.flow),
        canGoBack: this.canGoBack(run),
        handlers: {
          onAction: (action) => this.guard(() => this.onAction(run, action)),
          onClose: () => this.guard(() => this.finish(run, 'dismissed')),
          onSurveyAnswer: (answer) =>
            this.guard(() => this.emit('survey_answered', { flowId: run.flow.id, flowVersion: run.flow.version, stepId, props: { ...answer } })),
        },
      }));
    }
    this.ui.draw(views, checklists, this.announcement, () => this.guard(() => this.render()));
  }

  private themeFor(flow: Flow) {
    return this.options.theme || flow.theme ? safeTheme({ ...this.options.theme, ...flow.theme }) : undefined;
  }

  private get locale(): string | undefined {
    return this.options.locale ?? (document.documentElement.lang || undefined);
  }

  private saveProgress(flow: Flow, changes: Partial<FlowProgress>): void {
    const next = updatedProgress(this.progress.get(flow.id), flow, changes, this.userKey, this.sessionId, Date.now());
    this.progress.set(flow.id, next);
    this.sync?.flowChanged(next);
    void this.store?.putProgress(next).catch((error) => this.report({ code: 'internal', message: `could not save progress: ${String(error)}` }));
  }

  private emit(type: string, fields: EventFields): void {
    const tag = fields.flowId && !fields.experimentId ? this.experiments?.tagFor(fields.flowId) : undefined;
    if (tag) fields = { ...fields, ...tag };
    if (type === 'experiment_exposure' || type === 'flow_started') {
      fields = { ...fields, props: { ...fields.props, ...entryProps(innerWidth, matchMedia('(pointer: coarse)').matches, this.traits, this.catalog.bundle.breakdownTraits) } };
    }
    const event = createEvent(type, { ...(this.userId ? { userId: this.userId } : {}), anonymousId: this.anonymousId, sessionId: this.sessionId }, fields);
    if (type === 'experiment_exposure' || type === 'flow_started') this.sync?.experimentsAssigned(this.experiments?.assignments ?? {});
    void this.store
      ?.addEvent(event)
      .then(() => (this.delivery ? this.delivery.enqueued() : trimQueue(this.store!, this.maxQueued).then(() => {})))
      .catch((error) => this.report({ code: 'internal', message: `could not store event: ${String(error)}` }));
    if (this.options.destinations) {
      forwardToDestinations(event, this.options.destinations, SYSTEM_EVENTS.has(type), (message) => this.report({ code: 'internal', message }));
    }
    this.history?.record(type, event.ts);
    if (type !== 'event' && type !== 'error') this.emitter.emit(type, event);
    this.emitter.emit('event', event);
  }

  private report(error: WaymarkError): void {
    this.errors.report(error);
  }

  private guard(fn: () => void): void {
    this.errors.guard(fn);
  }

  private guardAsync(fn: () => Promise<void>): Promise<void> {
    return this.errors.guardAsync(fn);
  }
}
