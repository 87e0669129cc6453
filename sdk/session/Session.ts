import type { Anchor } from '../../shared/schema/anchor.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Theme } from '../../shared/schema/theme.ts';
import type { ChecklistItem } from '../../shared/schema/checklist.ts';
import { toPageLocation, type PageLocation } from '../../shared/targeting/matchUrlRule.ts';
import { pointsAtElements, type LazyAnchors } from '../anchor/LazyAnchors.ts';
import type { Delivery, Sync } from '../delivery/LazyServer.ts';
import type { ElementTriggers } from '../engine/ElementTriggers.ts';
import type { EventHistory } from '../engine/EventHistory.ts';
import type { ExperimentGate } from '../engine/ExperimentGate.ts';
import type { FlowCatalog } from '../engine/FlowCatalog.ts';
import type { MilestoneTracker } from '../engine/MilestoneTracker.ts';
import { buildTargetingContext } from '../engine/buildTargetingContext.ts';
import { localizeStep } from '../engine/localizeStep.ts';
import { localizedFlowName } from '../engine/localizedFlowName.ts';
import { admitStart } from '../engine/rules/admitStart.ts';
import { afterBlocking, blockingShownBesides } from '../engine/rules/afterBlocking.ts';
import { checklistItemClicked, closesOnNavigation, startChecklist, syncChecklist } from '../engine/rules/checklistRules.ts';
import type { Effect, RunState } from '../engine/rules/effects.ts';
import { flowsForEvent, flowsToStart, type StartCandidate } from '../engine/rules/flowsToStart.ts';
import { beginRun, onSignal, type RunContext, type Signal } from '../engine/rules/runFlow.ts';
import type { EventPipeline } from '../events/EventPipeline.ts';
import { navigate } from '../navigate.ts';
import type { ResolvedOptions, WaymarkError } from '../options.ts';
import { readBlockingEndedAt, writeBlockingEndedAt } from '../storage/records/pacing.ts';
import { writeMirror } from '../storage/records/mirror.ts';
import { readProgress, writeProgress } from '../storage/records/progress.ts';
import { updatedProgress, type FlowProgress } from '../storage/progress.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import type { UserHashes } from '../sync/UserHashes.ts';
import type { Identity } from '../identity.ts';
import { listenToBuilder } from '../listenToBuilder.ts';
import { watchRoutes } from '../routeWatcher.ts';
import type { LazyUi } from '../ui/LazyUi.ts';
import { drawViews } from './drawViews.ts';
import { isBlocking } from '../engine/rules/isBlocking.ts';
import { matchPageRules } from '../../shared/targeting/matchPageRules.ts';
import { evaluateCondition } from '../../shared/targeting/evaluateCondition.ts';
import { ResourceCenterController } from '../resourceCenter/ResourceCenterController.ts';

/** A running flow: its state as data, and the page objects the runtime keeps for it. */
export interface LiveRun {
  flow: Flow;
  state: RunState;
  anchor: Element | null;
  stopWaiting?: () => void;
  stopAdvanceWatch?: () => void;
  stopFollowing?: () => void;
}

/** The public API's `start` and `track`, for buttons that start a flow or track an event. */
export interface SessionApi {
  start(flowId: string, force: boolean): void;
  track(name: string): void;
}

/** Everything a session works with; it is created once all of them exist. */
export interface SessionParts {
  options: ResolvedOptions;
  store: WaymarkStore;
  catalog: FlowCatalog;
  events: EventPipeline;
  experiments: ExperimentGate;
  milestones: MilestoneTracker;
  history: EventHistory;
  anchors: LazyAnchors;
  elementTriggers: ElementTriggers;
  ui: LazyUi;
  delivery: Delivery | undefined;
  sync: Sync | undefined;
  identity: Identity;
  hashes: UserHashes;
  api: SessionApi;
  report: (error: WaymarkError) => void;
  guard: (fn: () => void) => void;
}

/**
 * The runtime of the engine: holds the user's progress and the running flows, asks the rules in
 * `engine/rules` what a signal means, and carries out the effects they return (events, saves,
 * anchor waits, drawing, navigation).
 */
export class Session {
  readonly progress = new Map<string, FlowProgress>();
  readonly running = new Map<string, LiveRun>();
  private queued: Array<{ flow: Flow; force: boolean }> = [];
  private delayed = new Map<string, ReturnType<typeof setTimeout>>();
  private gapTimer: ReturnType<typeof setTimeout> | undefined;
  private lastBlockingEndedAt = 0;
  private announcement = '';
  /** Set once start-up is through: from then on, state changes are drawn. */
  private drawing = false;
  /** The builder extension is previewing a draft on this tab: draw and start nothing until it is done. */
  private paused = false;
  private stopped = false;
  private traits: Record<string, unknown>;
  /** The identity hash given for the signed-in user (`init`'s `server.userHash` string, or `identify`'s). */
  private userHash: string | undefined;
  private stopListening: Array<() => void> = [];
  /** Checks a theme before it is drawn (from the validators, loaded when a theme is in play). */
  private themeCheck: ((theme: unknown) => Theme | undefined) | null = null;
  private readonly resourceCenter: ResourceCenterController;

  constructor(private readonly parts: SessionParts) {
    this.traits = parts.options.traits;
    this.userHash = parts.options.server?.userHash;
    parts.events.setEntryContext(() => ({ traits: this.traits, breakdownTraits: parts.catalog.bundle.breakdownTraits }));
    const theme = parts.options.theme;
    this.resourceCenter = new ResourceCenterController({
      flows: () => parts.catalog.byPriority,
      onPage: (flow) => !flow.trigger.pages || matchPageRules(flow.trigger.pages, this.page),
      inAudience: (condition) => !condition || evaluateCondition(condition, this.targetingContext()),
      flowState: (flowId) => { const p = this.progress.get(flowId); return { seen: (p?.starts ?? 0) > 0, completed: p?.status === 'completed' }; },
      reached: (milestoneId) => this.reached(milestoneId),
      start: (flowId) => parts.api.start(flowId, true),
      navigate: (url, newTab) => this.navigate(url, newTab),
      track: (event) => parts.api.track(event),
      emit: (type, fields) => parts.events.emit(type, fields),
      theme: (flow) => (theme || flow.theme ? this.themeCheck?.({ ...theme, ...flow.theme }) : undefined),
      locale: () => this.locale,
      userKey: () => parts.identity.userKey,
      store: () => parts.store,
      redraw: () => parts.guard(() => this.render()),
    });
  }

  /** Opens the resource center of this page; false when there is none (nothing opens while the builder previews). */
  openResourceCenter(): boolean {
    return this.paused || this.resourceCenter.open('api');
  }

  // ---- state ----

  get page(): PageLocation {
    return toPageLocation(location.href, this.parts.options.hashRouting);
  }

  get locale(): string | undefined {
    return this.parts.options.locale ?? (document.documentElement.lang || undefined);
  }

  /**
   * The current user's progress, experiment assignments, milestones and event history, read in
   * parallel (with when their last blocking experience ended, at start-up: after that it is the
   * same person on screen).
   */
  async loadUserState(withPacing = false): Promise<void> {
    const { store, identity, experiments, milestones, history } = this.parts;
    const userKey = identity.userKey;
    const loadProgress = async () => {
      const saved = await readProgress(store, userKey);
      this.progress.clear();
      for (const p of saved) this.progress.set(p.flowId, p);
    };
    await Promise.all([
      loadProgress(),
      experiments.load(userKey, identity.userId ?? identity.anonymousId),
      milestones.load(userKey),
      history.load(userKey),
      withPacing ? readBlockingEndedAt(store, userKey).then((at) => { this.lastBlockingEndedAt = at; }) : undefined,
    ]);
    // The mirror follows what storage holds (a database from before the mirror existed, another tab's changes).
    writeMirror(this.parts.options.dbName, identity.anonymousId, userKey, [...this.progress.values()], withPacing ? this.lastBlockingEndedAt : undefined);
  }

  /** Merges the server's copy of this user's state into the stored one, before it is loaded. */
  async pullUserState(): Promise<void> {
    const { identity, sync, hashes, options, report } = this.parts;
    const userId = identity.userId;
    if (!options.server || !userId) return;
    const hash = await hashes.of(userId, this.userHash);
    if (!sync || identity.userId !== userId) return;
    await sync.pull(userId, identity.userKey, hash).catch((error) => report({ code: 'sync_failed', message: `user state sync failed: ${String(error)}` }));
  }

  async switchUser(userId: string, traits: Record<string, unknown>, userHash: string | undefined): Promise<void> {
    const { identity } = this.parts;
    this.traits = { ...this.traits, ...traits };
    if (userId === identity.userId) return;
    identity.userId = userId;
    this.userHash = userHash;
    for (const live of this.running.values()) this.unwatch(live);
    this.running.clear();
    this.queued = [];
    await this.pullUserState();
    await this.loadUserState();
    this.render();
    this.evaluate();
  }

  /** Progress known before storage answers (the frequency mirror), replaced when `loadUserState` reads it. */
  seedProgress(progress: readonly FlowProgress[], blockingEndedAt: number): void {
    for (const p of progress) this.progress.set(p.flowId, p);
    this.lastBlockingEndedAt = blockingEndedAt;
  }

  /** Start-up is through: listen to the page, draw, and look for flows to start. */
  begin(): void {
    const { milestones, options, guard } = this.parts;
    milestones.listenForClicks();
    milestones.onPage(this.page);
    this.drawing = true;
    const server = options.server;
    this.stopListening.push(
      watchRoutes(() => guard(() => this.onRouteChange())),
      listenToBuilder(
        server ? { serverUrl: new URL(server.url, location.href).href.replace(/\/+$/, ''), publicKey: server.publicKey, env: server.env } : {},
        (active) => guard(() => this.setPaused(active)),
      ),
    );
    this.evaluate();
  }

  checkThemes(check: (theme: unknown) => Theme | undefined): void {
    this.themeCheck = check;
  }

  hasReached(milestoneId: string): boolean {
    return this.parts.milestones.has(milestoneId);
  }

  /** Sends the events and state changes waiting for the server now. */
  async flush(): Promise<void> {
    await Promise.all([this.parts.delivery?.flush(), this.parts.sync?.flush()]);
  }

  /** Stops everything; pending writes are stored before the database closes. */
  close(): void {
    this.stopped = true;
    for (const live of this.running.values()) this.unwatch(live);
    this.running.clear();
    for (const timer of this.delayed.values()) clearTimeout(timer);
    clearTimeout(this.gapTimer);
    for (const stop of this.stopListening) stop();
    const { anchors, milestones, delivery, sync, store } = this.parts;
    anchors.disconnect();
    milestones.stop();
    delivery?.stop();
    sync?.stop();
    void store.close();
  }

  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.render();
    if (!paused) this.evaluate();
  }

  // ---- signals from the page and the API ----

  onRouteChange(): void {
    this.parts.elementTriggers.clear();
    let closed = false;
    for (const live of this.running.values()) {
      if (closesOnNavigation(live.flow, this.progress.get(live.flow.id))) {
        this.save(live.flow, { open: false });
        closed = true;
      }
    }
    if (closed) this.render();
    this.parts.milestones.onPage(this.page);
    for (const live of [...this.running.values()]) this.dispatch(live, { type: 'navigation' });
    this.evaluate();
  }

  onTracked(name: string, props: Record<string, unknown>): void {
    this.parts.events.emit(name, { props });
    this.parts.milestones.onEvent(name);
    for (const live of [...this.running.values()]) this.dispatch(live, { type: 'event', name });
    if (!this.parts.options.autoStart) return;
    for (const candidate of flowsForEvent(name, this.candidates())) this.onCandidate(candidate);
  }

  onMilestone(): void {
    for (const live of this.running.values()) if (live.flow.checklist) this.run(syncChecklist(live.flow, this.progress.get(live.flow.id), this.reached, Date.now()), live);
    this.render();
  }

  /** A newer release replaced the flows: ends running flows it no longer has, then looks for flows to start. */
  onFlowsReplaced(): void {
    const live = new Set(this.parts.catalog.flows.map((f) => f.id));
    for (const run of [...this.running.values()]) {
      if (live.has(run.flow.id)) continue;
      this.unwatch(run);
      this.running.delete(run.flow.id);
    }
    this.render();
    this.evaluate();
  }

  /** Starts every flow whose trigger matches now, highest priority first. */
  evaluate(): void {
    if (!this.parts.options.autoStart || this.stopped || this.paused) return;
    for (const candidate of flowsToStart(this.candidates())) this.onCandidate(candidate);
  }

  requestStart(flow: Flow, force: boolean, manual: boolean): void {
    const { ui, experiments } = this.parts;
    // Without renderers a flow nobody sees would record progress, exposures and a shown blocking step.
    if (this.running.has(flow.id) || !ui.canShow(flow) || this.paused || this.stopped) return;
    // A flow that points at elements starts once the anchors' code is here; without it, not at all (like a renderer that cannot load).
    const { anchors } = this.parts;
    if (!anchors.available && pointsAtElements(flow)) {
      if (!anchors.settled) void anchors.load().then(() => this.parts.guard(() => this.requestStart(flow, force, manual)));
      return;
    }
    const saved = this.progress.get(flow.id);
    const now = Date.now();
    const admission = admitStart({
      flow, saved, force, manual, now,
      sessionId: this.parts.identity.sessionId,
      blockingShownBesides: this.blockingShownBesides(flow.id),
      lastBlockingEndedAt: this.lastBlockingEndedAt,
      blockingGapMs: this.parts.options.blockingGapMs,
    });
    if (admission.kind === 'queue') {
      if (!this.queued.some((q) => q.flow.id === flow.id)) this.queued.push({ flow, force });
      return;
    }
    if (admission.kind === 'wait_gap') {
      this.gapTimer ??= setTimeout(() => {
        this.gapTimer = undefined;
        this.parts.guard(() => this.evaluate());
      }, admission.ms);
      return;
    }
    if (admission.kind !== 'start' || (!force && !experiments.admit(flow.id))) return;
    const live: LiveRun = { flow, state: { flowId: flow.id, stepIndex: 0, phase: 'waiting_page' }, anchor: null };
    if (flow.kind === 'checklist') {
      live.state.phase = 'shown';
      this.running.set(flow.id, live);
      return this.run(startChecklist(flow, saved, admission.resume, manual, this.reached, now, this.parts.identity.sessionId), live);
    }
    if (flow.steps.length === 0) return;
    this.running.set(flow.id, live);
    const outcome = beginRun(flow, saved, admission.resume, manual, { ...this.context(live), sessionId: this.parts.identity.sessionId });
    this.settle(live, outcome.run, outcome.effects);
  }

  // ---- carrying out the rules ----

  private candidates() {
    const { catalog, identity } = this.parts;
    return {
      flows: catalog.byPriority,
      running: new Set(this.running.keys()),
      progress: this.progress,
      page: this.page,
      sessionId: identity.sessionId,
      now: Date.now(),
      audience: () => this.targetingContext(),
      elementPresent: this.elementPresent,
    };
  }

  private onCandidate(candidate: StartCandidate): void {
    const { flow } = candidate;
    if (candidate.type === 'watch_element') {
      return this.parts.elementTriggers.watch(flow, candidate.anchor, () => this.parts.guard(() => this.evaluate()));
    }
    if (candidate.resuming || candidate.delayMs === 0) return this.requestStart(flow, false, false);
    if (this.delayed.has(flow.id)) return;
    const startPath = this.page.path;
    this.delayed.set(flow.id, setTimeout(() => {
      this.delayed.delete(flow.id);
      this.parts.guard(() => {
        if (!this.stopped && this.page.path === startPath) this.requestStart(flow, false, false);
      });
    }, candidate.delayMs));
  }

  private targetingContext() {
    const { milestones, history } = this.parts;
    return buildTargetingContext({
      progress: this.progress.values(),
      traits: this.traits,
      eventCount: (name, since) => history.count(name, since),
      milestones: milestones.reachedIds,
      elementPresent: this.elementPresent,
    });
  }

  private readonly elementPresent = (anchor: Anchor) => this.parts.anchors.resolve(anchor).status === 'found';

  private readonly reached = (milestoneId: string) => this.parts.milestones.has(milestoneId);

  private context(live: LiveRun): RunContext {
    return {
      flow: live.flow,
      page: this.page,
      now: Date.now(),
      blockingShownBesides: this.blockingShownBesides(live.flow.id),
      savedStatus: this.progress.get(live.flow.id)?.status,
      anchorLost: live.anchor !== null && !live.anchor.isConnected,
    };
  }

  private blockingShownBesides(flowId: string): boolean {
    return blockingShownBesides([...this.running.values()].map((r) => ({ run: r.state, flow: r.flow })), flowId);
  }

  /** Sends `signal` to a flow that is still running (a late callback of an ended run is dropped). */
  dispatch(live: LiveRun, signal: Signal): void {
    if (this.running.get(live.flow.id) !== live) return;
    const outcome = onSignal(live.state, signal, this.context(live));
    this.settle(live, outcome.run, outcome.effects);
  }

  private settle(live: LiveRun, next: RunState | null, effects: Effect[]): void {
    if (next) live.state = next;
    if (live.state.phase !== 'shown') live.anchor = null;
    this.run(effects, live);
  }

  private run(effects: readonly Effect[], live?: LiveRun): void {
    for (const effect of effects) this.carryOut(effect, live);
  }

  private carryOut(effect: Effect, live: LiveRun | undefined): void {
    switch (effect.type) {
      case 'emit':
        return this.parts.events.emit(effect.event, effect.fields);
      case 'save':
        return this.save(live?.flow.id === effect.flowId ? live.flow : this.parts.catalog.find(effect.flowId), effect.changes);
      case 'render':
        return this.render();
      case 'navigate':
        return this.navigate(effect.url, effect.newTab);
      case 'start_flow':
        return this.parts.api.start(effect.flowId, true);
      case 'track':
        return this.parts.api.track(effect.name);
      case 'blocking_ended':
        return this.blockingEnded();
    }
    if (!live) return;
    switch (effect.type) {
      case 'unwatch':
        return this.unwatch(live);
      case 'ended':
        if (this.running.get(effect.flowId) === live) this.running.delete(effect.flowId);
        return;
      case 'announce':
        return this.announce(effect.flowId === null ? null : live);
      case 'wait_anchor':
        live.stopWaiting = this.parts.anchors.wait(
          effect.anchor,
          effect.timeoutMs,
          (element) => this.parts.guard(() => {
            live.anchor = element;
            this.dispatch(live, { type: 'anchor_found', element: true });
            if (live.state.phase === 'shown' && live.anchor === element) this.followAnchor(live, effect.anchor, element);
          }),
          () => this.parts.guard(() => this.dispatch(live, { type: 'anchor_missing' })),
        );
        return;
      case 'watch_anchor_click':
        return this.watchAnchorClick(live);
    }
  }

  private watchAnchorClick(live: LiveRun): void {
    const anchor = live.anchor;
    if (!anchor) return;
    const onClick = () => this.parts.guard(() => this.dispatch(live, { type: 'anchor_click' }));
    anchor.addEventListener('click', onClick, { once: true });
    live.stopAdvanceWatch = () => anchor.removeEventListener('click', onClick);
  }

  /**
   * A shown step stays on its anchor when the app renders the element anew: the step moves to the
   * new element (drawn again, its click-to-advance listening there) without being shown a second
   * time, so no second `step_shown` and no anchor timeout.
   */
  private followAnchor(live: LiveRun, anchor: Anchor, element: Element): void {
    live.stopFollowing?.();
    live.stopFollowing = this.parts.anchors.follow(anchor, element, (next) => this.parts.guard(() => {
      if (this.running.get(live.flow.id) !== live || live.state.phase !== 'shown') return;
      const clicks = live.stopAdvanceWatch !== undefined;
      live.stopAdvanceWatch?.();
      live.stopAdvanceWatch = undefined;
      live.anchor = next;
      if (clicks) this.watchAnchorClick(live);
      this.render();
    }));
  }

  private unwatch(live: LiveRun): void {
    live.stopWaiting?.();
    live.stopWaiting = undefined;
    live.stopAdvanceWatch?.();
    live.stopAdvanceWatch = undefined;
    live.stopFollowing?.();
    live.stopFollowing = undefined;
  }

  private announce(live: LiveRun | null): void {
    if (!live) return void (this.announcement = '');
    const { flow, state } = live;
    const total = flow.steps.length;
    this.announcement = `${localizeStep(flow, flow.steps[state.stepIndex]!, this.locale).title ?? localizedFlowName(flow, this.locale)}${total > 1 ? `, step ${state.stepIndex + 1} of ${total}` : ''}`;
  }

  private blockingEnded(): void {
    const { store, identity } = this.parts;
    this.lastBlockingEndedAt = Date.now();
    void writeBlockingEndedAt(store, identity.userKey, this.lastBlockingEndedAt).catch(() => {});
    writeMirror(this.parts.options.dbName, identity.anonymousId, identity.userKey, [], this.lastBlockingEndedAt);
    const turn = afterBlocking([...this.running.values()].map((r) => ({ run: r.state, flow: r.flow })), this.page, this.queued.length);
    if (turn.type === 'resume') {
      const live = this.running.get(turn.flowId);
      if (live) this.dispatch(live, { type: 'place' });
    } else if (turn.type === 'start_queued') {
      const next = this.queued.shift()!;
      this.requestStart(next.flow, next.force, true);
    } else this.evaluate();
  }

  private save(flow: Flow | undefined, changes: Partial<FlowProgress>): void {
    if (!flow) return;
    const { identity, store, sync } = this.parts;
    const next = updatedProgress(this.progress.get(flow.id), flow, changes, identity.userKey, identity.sessionId, Date.now());
    this.progress.set(flow.id, next);
    writeMirror(this.parts.options.dbName, identity.anonymousId, identity.userKey, [next]);
    sync?.flowChanged(next);
    void writeProgress(store, next).catch((error) => this.parts.report({ code: 'internal', message: `could not save progress: ${String(error)}` }));
  }

  private navigate(url: string, newTab: boolean): void {
    const refused = navigate(url, newTab, this.parts.options.navigate);
    if (refused) this.parts.report({ code: 'invalid_argument', message: refused });
  }

  // ---- drawing ----

  render(): void {
    if (!this.drawing || this.stopped) return;
    const redraw = () => this.parts.guard(() => this.render());
    if (this.paused) return this.parts.ui.draw([], [], '', redraw);
    const runs = [...this.running.values()];
    const { views, checklists } = drawViews({
      // A checklist the resource center lists is drawn inside it, not with a launcher of its own.
      runs: runs.filter((live) => !(live.flow.checklist && this.resourceCenter.absorbs(live.flow.id))),
      progress: this.progress,
      page: this.page,
      locale: this.locale,
      theme: this.parts.options.theme,
      themeCheck: this.themeCheck,
      reached: this.reached,
      handlers: {
        action: (live, action) => this.parts.guard(() => this.dispatch(live, { type: 'action', action })),
        close: (live) => this.parts.guard(() => this.dispatch(live, { type: 'dismiss' })),
        surveyAnswer: (live, stepId, answer) => this.parts.guard(() => this.parts.events.emit('survey_answered', { flowId: live.flow.id, flowVersion: live.flow.version, stepId, props: { ...answer } })),
        toggleChecklist: (live) => this.parts.guard(() => {
          this.save(live.flow, { open: !(this.progress.get(live.flow.id)?.open === true) });
          this.render();
        }),
        checklistItem: (live, item: ChecklistItem) => this.parts.guard(() => {
          if (this.running.get(live.flow.id) === live) this.run(checklistItemClicked(live.flow, item), live);
        }),
      },
    });
    const blockingShown = runs.some((live) => isBlocking(live.flow) && live.state.phase === 'shown');
    this.parts.ui.draw(views, checklists, this.announcement, redraw, this.resourceCenter.view(blockingShown));
  }
}
