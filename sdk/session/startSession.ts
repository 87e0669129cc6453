import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { AnchorWatcher } from '../anchor/AnchorWatcher.ts';
import { EventDelivery } from '../delivery/EventDelivery.ts';
import { loadServerBundle } from '../delivery/loadServerBundle.ts';
import type { Emitter } from '../emitter.ts';
import { ElementTriggers } from '../engine/ElementTriggers.ts';
import { EventHistory } from '../engine/EventHistory.ts';
import { ExperimentGate } from '../engine/ExperimentGate.ts';
import type { FlowCatalog } from '../engine/FlowCatalog.ts';
import { loadFlows } from '../engine/loadFlows.ts';
import { MilestoneTracker } from '../engine/MilestoneTracker.ts';
import { EventPipeline } from '../events/EventPipeline.ts';
import { Identity, loadSessionId } from '../identity.ts';
import type { ResolvedOptions, WaymarkError } from '../options.ts';
import { openStore } from '../storage/openStore.ts';
import { loadAnonymousId } from '../storage/records/identity.ts';
import { UserHashes } from '../sync/UserHashes.ts';
import { UserStateSync } from '../sync/UserStateSync.ts';
import type { LazyUi } from '../ui/LazyUi.ts';
import { yieldToMain } from '../yieldToMain.ts';
import { Session, type SessionApi } from './Session.ts';

/** What the facade has from the start (before storage opens). */
export interface Foundation {
  options: ResolvedOptions;
  emitter: Emitter<Record<string, EventEnvelope | WaymarkError>>;
  catalog: FlowCatalog;
  ui: LazyUi;
  anchors: AnchorWatcher;
  api: SessionApi;
  report: (error: WaymarkError) => void;
  guard: (fn: () => void) => void;
  destroyed: () => boolean;
  /** Called when a bundle replaced the flows after start-up went on with the cached copy. */
  replacedLate: () => void;
}

/**
 * Start-up: opens storage (validating the inline flows meanwhile), creates every collaborator,
 * then the session; loads the flows (inline, `flowsUrl`, server), the user's state and the
 * renderers; then the session begins. Resolves with null when `destroy()` came first.
 */
export async function startSession(base: Foundation): Promise<Session | null> {
  const { options, catalog, ui, report } = base;
  // IndexedDB opens while the inline flows are validated.
  const opening = openStore(options.dbName, (reason) =>
    report({ code: 'storage_fallback', message: `IndexedDB unavailable (${String(reason)}); progress is kept in memory for this page only` }),
  );
  const accept = (result: ReturnType<typeof loadFlows> | null, source: string) => {
    if (!result) return;
    if (!result.ok) return report({ code: 'invalid_bundle', message: `${source}: invalid bundle`, details: result.errors });
    for (const rejected of result.value.rejected) {
      report({ code: 'invalid_flow', message: `${source}: flow ${rejected.flowId ?? `#${rejected.index}`} rejected: ${rejected.errors.join('; ')}`, details: rejected.errors, ...(rejected.flowId ? { flowId: rejected.flowId } : {}) });
    }
    catalog.set(source, result.value);
    // Whatever shows first needs the renderers: they load while the rest starts.
    if (catalog.flows.length > 0) void ui.load();
    milestones?.setMilestones(catalog.bundle.milestones);
    experiments?.setBundle(catalog.bundle.experiments, catalog.bundle.holdout);
  };
  let milestones: MilestoneTracker | undefined;
  let experiments: ExperimentGate | undefined;
  accept(options.flows === undefined ? null : loadFlows(options.flows), 'flows');
  const store = await opening;
  const identity = new Identity(await loadAnonymousId(store), loadSessionId(), options.userId);
  if (base.destroyed()) {
    void store.close();
    return null;
  }

  const server = options.server;
  const hashes = new UserHashes(server?.hashFor, (message) => report({ code: 'sync_failed', message }));
  const sync = server?.syncUserState
    ? new UserStateSync({ url: server.endpoints.userState, store, backoff: options.retry, debounceMs: options.flushIntervalMs, pullTimeoutMs: 4000, onError: (message) => report({ code: 'sync_failed', message }) })
    : undefined;
  const delivery = server
    ? new EventDelivery({
        endpoint: server.endpoints.events,
        store,
        lockName: `waymark-flush:${options.dbName}`,
        maxBatch: 100,
        maxQueued: options.maxQueuedEvents,
        flushDelayMs: options.flushIntervalMs,
        backoff: options.retry,
        userHashes: (events) => hashes.forEvents(events),
        onDropped: (reason, count) => report({ code: 'events_dropped', message: `${count} event(s) not delivered: ${reason}`, details: [reason] }),
        onError: (message) => report({ code: 'internal', message }),
      })
    : undefined;
  const history = new EventHistory(store);
  experiments = new ExperimentGate(store, (tag) => events.emit('experiment_exposure', { ...tag, props: {} }));
  experiments.setBundle(catalog.bundle.experiments, catalog.bundle.holdout);
  milestones = new MilestoneTracker(catalog.bundle.milestones, store, (m, via) => {
    sync?.milestoneReached(m.id, Date.now());
    events.emit('milestone_reached', { props: { milestone: m.id, name: m.name, stage: m.stage, via } });
    session.onMilestone();
  });
  const events = new EventPipeline({ identity, store, experiments, history, emitter: base.emitter, delivery, sync, destinations: options.destinations, maxQueued: options.maxQueuedEvents, report });
  const session = new Session({
    options, store, catalog, events, experiments, milestones, history, identity, hashes, ui, delivery, sync,
    anchors: base.anchors,
    elementTriggers: new ElementTriggers(base.anchors),
    api: base.api,
    report,
    guard: base.guard,
  });

  if (options.flowsUrl) accept(await fetchBundle(options.flowsUrl, report), options.flowsUrl);
  if (server) {
    const pulling = session.pullUserState();
    await loadServerBundle(store, server.endpoints.bundle, {
      accept: (body) => accept(loadFlows(body), 'server'),
      // Arrived after the cached copy was put to use: stop what was unpublished, start what is new.
      replacedLate: base.replacedLate,
      failed: (message) => report({ code: 'load_failed', message }),
    });
    if (!base.destroyed()) delivery!.start();
    await pulling;
  }
  await session.loadUserState(true);
  // The renderers' host and stylesheet go in first, the first step in a task of its own.
  const loaded = ui.requested ? await ui.load() : null;
  if (base.destroyed()) return closed(session);
  await yieldToMain();
  if (loaded && !base.destroyed()) {
    ui.mount();
    await yieldToMain();
  }
  if (base.destroyed()) return closed(session);
  session.begin();
  return session;
}

function closed(session: Session): null {
  session.close();
  return null;
}

async function fetchBundle(url: string, report: (error: WaymarkError) => void): Promise<ReturnType<typeof loadFlows> | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return loadFlows(await response.json());
  } catch (error) {
    report({ code: 'load_failed', message: `could not load flows from ${url}: ${String(error)}` });
    return null;
  }
}
