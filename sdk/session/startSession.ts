import type { EventEnvelope } from '../../shared/schema/event.ts';
import { anchorsToPrepare, type LazyAnchors } from '../anchor/LazyAnchors.ts';
import { LazyDelivery, LazySync } from '../delivery/LazyServer.ts';
import { loadDeliveryPart } from '../delivery/loadDeliveryPart.ts';
import { loadSyncPart } from '../sync/loadSyncPart.ts';
import { loadServerBundle } from '../delivery/loadServerBundle.ts';
import type { Emitter } from '../emitter.ts';
import { ElementTriggers } from '../engine/ElementTriggers.ts';
import { EventHistory } from '../engine/EventHistory.ts';
import { ExperimentGate } from '../engine/ExperimentGate.ts';
import type { FlowCatalog } from '../engine/FlowCatalog.ts';
import { loadValidation } from '../engine/loadValidation.ts';
import { quickBundle } from '../engine/quickBundle.ts';
import type { ParsedBundle } from '../../shared/schema/parse.ts';
import type { ParseResult } from '../../shared/schema/parseWith.ts';
import { MilestoneTracker } from '../engine/MilestoneTracker.ts';
import { EventPipeline } from '../events/EventPipeline.ts';
import { Identity, loadSessionId } from '../identity.ts';
import type { ResolvedOptions, WaymarkError } from '../options.ts';
import { openStore } from '../storage/openStore.ts';
import { keepAnonymousId, loadAnonymousId } from '../storage/records/identity.ts';
import { dropEarlyDatabaseNames, mirroredProgress, noDatabaseYet, readMirror } from '../storage/records/mirror.ts';
import { DeferredStore } from '../storage/DeferredStore.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { UserHashes } from '../sync/UserHashes.ts';
import type { LazyUi } from '../ui/LazyUi.ts';
import { chunksToPrepare } from '../ui/uiChunks.ts';
import { toPageLocation } from '../../shared/targeting/matchUrlRule.ts';
import { whenIdle } from '../whenIdle.ts';
import { yieldToMain } from '../yieldToMain.ts';
import { Session, type SessionApi } from './Session.ts';

/** What the facade has from the start (before storage opens). */
export interface Foundation {
  options: ResolvedOptions;
  emitter: Emitter<Record<string, EventEnvelope | WaymarkError>>;
  catalog: FlowCatalog;
  ui: LazyUi;
  anchors: LazyAnchors;
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
  /** A chunk requested once; null when it could not load (reported once, naming its file). */
  const once = <T>(load: () => Promise<T>, what: string, file: string): (() => Promise<T | null>) => {
    let loading: Promise<T | null> | undefined;
    return () => (loading ??= load().catch((error: unknown) => {
      report({ code: 'load_failed', message: `could not load the SDK's ${what} (${file} next to the SDK script): ${String(error)}` });
      return null;
    }));
  };
  // Delivery after the first step; the sync for its pull, before it.
  const deliveryPart = once(loadDeliveryPart, 'event delivery', 'waymark.delivery.js');
  const syncPart = once(loadSyncPart, 'user state sync', 'waymark.sync.js');
  // A sync's pull (for a signed-in user) comes before the first step: its code loads while storage opens.
  if (options.server?.syncUserState && options.userId) void syncPart();
  const mirror = readMirror(options.dbName);
  // Asked before the database is opened (opening creates it).
  const firstVisit = mirror || options.server ? (dropEarlyDatabaseNames(), Promise.resolve(false)) : noDatabaseYet(options.dbName);
  // IndexedDB opens while the inline flows are validated.
  const opening = openStore(options.dbName, (reason) =>
    report({ code: 'storage_fallback', message: `IndexedDB unavailable (${String(reason)}); progress is kept in memory for this page only` }),
  );
  /** Puts a bundle in force: validated in full, or (provisionally) after the quick look. */
  const use = (bundle: ParsedBundle, source: string) => {
    catalog.set(source, bundle);
    // Whatever shows first needs the renderers: they load while the rest starts, with the chunks
    // of the kinds that may start on this page.
    const page = toPageLocation(location.href, options.hashRouting);
    if (catalog.flows.length > 0) ui.prepare(chunksToPrepare(catalog.flows, page));
    // Anchors load with the renderers when what starts here may point at an element; arriving after the first evaluation, they get one of their own.
    if (!base.anchors.requested && anchorsToPrepare(catalog.flows, catalog.bundle.milestones, page)) void base.anchors.load().then(() => began && base.guard(() => session.evaluate()));
    milestones?.setMilestones(catalog.bundle.milestones);
    experiments?.setBundle(catalog.bundle.experiments, catalog.bundle.holdout);
  };
  const useChecked = (result: ParseResult<ParsedBundle>, source: string) => {
    if (!result.ok) return report({ code: 'invalid_bundle', message: `${source}: invalid bundle`, details: result.errors });
    for (const rejected of result.value.rejected) {
      report({ code: 'invalid_flow', message: `${source}: flow ${rejected.flowId ?? `#${rejected.index}`} rejected: ${rejected.errors.join('; ')}`, details: rejected.errors, ...(rejected.flowId ? { flowId: rejected.flowId } : {}) });
    }
    use(result.value, source);
  };
  const validation = once(loadValidation, 'validators', 'waymark.validation.js');
  /** The latest bundle of each source still waiting for its full check (a newer one replaces it). */
  const unchecked = new Map<string, unknown>();
  /** A bundle the quick look cannot vouch for is checked in full at once; the others after the first step. */
  const accept = async (input: unknown, source: string): Promise<void> => {
    const quick = quickBundle(input);
    if (quick) {
      unchecked.set(source, input);
      return use(quick, source);
    }
    unchecked.delete(source);
    // A bundle nobody can vouch for is not put in force.
    const validators = await validation();
    if (validators) useChecked(validators.loadFlows(input), source);
  };
  let milestones: MilestoneTracker | undefined;
  let began = false;
  let experiments: ExperimentGate | undefined;
  if (options.flows !== undefined) await accept(options.flows, 'flows');
  // Without a server, and when only progress decides (no experiments, audiences or milestones), the
  // frequency mirror (or the certainty of a first visit) is enough to start: storage catches up after.
  const early = !options.server && startsWithoutStorage(catalog) && (mirror !== null || (await firstVisit));
  const store = early ? new DeferredStore(opening) : await opening;
  const identity = new Identity(early ? mirror?.anonymousId ?? uuidv7() : await loadAnonymousId(store), loadSessionId(), options.userId);
  if (base.destroyed()) {
    void store.close();
    return null;
  }

  const server = options.server;
  const hashes = new UserHashes(server?.hashFor, (message) => report({ code: 'sync_failed', message }));
  const sync = server?.syncUserState
    ? new LazySync(syncPart, { url: server.endpoints.userState, store, backoff: options.retry, debounceMs: options.flushIntervalMs, pullTimeoutMs: 4000, onError: (message) => report({ code: 'sync_failed', message }) })
    : undefined;
  const delivery = server
    ? new LazyDelivery(deliveryPart, {
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
  }, (anchor, doc) => base.anchors.elements(anchor, doc));
  const events = new EventPipeline({ identity, store, experiments, history, emitter: base.emitter, delivery, sync, destinations: options.destinations, maxQueued: options.maxQueuedEvents, report });
  const session = new Session({
    options, store, catalog, events, experiments, milestones, history, identity, hashes, ui, delivery, sync,
    anchors: base.anchors,
    elementTriggers: new ElementTriggers(base.anchors),
    api: base.api,
    report,
    guard: base.guard,
  });

  if (options.flowsUrl) {
    const body = await fetchBundle(options.flowsUrl, report);
    if (body !== undefined) await accept(body, options.flowsUrl);
  }
  if (server) {
    const pulling = session.pullUserState();
    let accepting = Promise.resolve();
    await loadServerBundle(store, server.endpoints.bundle, {
      accept: (body) => void (accepting = accepting.then(() => accept(body, 'server'))),
      // Arrived after the cached copy was put to use: stop what was unpublished, start what is new.
      replacedLate: () => void accepting.then(base.replacedLate),
      failed: (message) => report({ code: 'load_failed', message }),
    });
    await pulling;
    await accepting;
  }
  if (early) {
    const { progress, blockingEndedAt } = mirror ? mirroredProgress(mirror, identity.userKey) : { progress: [], blockingEndedAt: 0 };
    session.seedProgress(progress, blockingEndedAt);
  } else await session.loadUserState(true);
  const themed = () => options.theme || catalog.flows.some((flow) => flow.theme);
  // Themes are checked by the validators before anything is drawn with them (without them, none is drawn).
  if (themed()) {
    const validators = await validation();
    if (validators) session.checkThemes(validators.safeTheme);
  }
  // The renderers' host and stylesheet go in first, the first step in a task of its own.
  const loaded = ui.requested ? await ui.settled() : null;
  // What starts may depend on an element being there: the anchors are in before the first evaluation.
  if (base.anchors.requested) await base.anchors.load();
  if (base.destroyed()) return closed(session);
  // Start-up that waited for storage ran long enough to give the page a turn before the renderers go in.
  if (!early) await yieldToMain();
  if (loaded && !base.destroyed()) {
    ui.mount();
    await yieldToMain();
  }
  if (base.destroyed()) return closed(session);
  began = true;
  session.begin();
  // The events stored meanwhile are delivered once the first step is on screen.
  delivery?.start();
  if (early) {
    await keepAnonymousId(store, identity.anonymousId);
    await session.loadUserState(true);
    if (base.destroyed()) return null;
    session.evaluate();
  }
  // The first step is on screen: now the bundles put in force after the quick look are checked in full.
  if (unchecked.size > 0) {
    await whenIdle(300);
    const validators = await validation();
    // Without the validators the flows the quick look vouched for stay in force.
    if (!validators) return session;
    // Setting up the schemas (on first use) and checking the flows are separate tasks.
    await yieldToMain();
    if (base.destroyed()) return null;
    if (themed()) session.checkThemes(validators.safeTheme);
    for (const [source, input] of unchecked) {
      const result = await validators.checkInFull(input);
      if (base.destroyed()) return null;
      if (unchecked.get(source) !== input) continue;
      unchecked.delete(source);
      useChecked(result, source);
      // A flow the full check refused stops (it shows no more); the checked ones go on.
      session.onFlowsReplaced();
    }
  }
  return session;
}

/** Whether the flows in force need nothing from storage but progress to decide what starts. */
function startsWithoutStorage(catalog: FlowCatalog): boolean {
  const { bundle } = catalog;
  return bundle.experiments.length === 0 && !bundle.holdout && bundle.milestones.length === 0 && bundle.flows.every((flow) => !flow.audience && flow.kind !== 'checklist');
}

function closed(session: Session): null {
  session.close();
  return null;
}

async function fetchBundle(url: string, report: (error: WaymarkError) => void): Promise<unknown> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    report({ code: 'load_failed', message: `could not load flows from ${url}: ${String(error)}` });
    return undefined;
  }
}
