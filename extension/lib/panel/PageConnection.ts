import { browser } from 'wxt/browser';
import type { BackgroundRequest } from '../../../shared/messages/backgroundRequest.ts';
import { BackgroundReply } from '../../../shared/messages/backgroundRequest.ts';
import { ContentReply, type ContentCommand } from '../../../shared/messages/contentCommand.ts';
import { ContentEvent, type PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Environment } from '../../../shared/api/environment.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';
import { PANEL_PORT } from '../messaging/panelPort.ts';

const LOG = '[waymark builder]';

export interface ConnectionState {
  /** The tab being authored on, once a connected site is open in one. */
  tabId: number | null;
  /** URL of that tab's page, as its content script last reported it. */
  pageUrl: string | null;
  /** Origins the PM connected (granted optional host permissions). */
  sites: string[];
  /** URL of the active tab when the extension may see it (activeTab), to prefill "Connect". */
  suggestedUrl: string | null;
  /** Event names the page announced. */
  seenEvents: string[];
  /** Messages dropped because they did not validate. */
  dropped: Array<{ source: string; errors: string[] }>;
  previewProblem: string | null;
  /** A preview is showing on the page. */
  previewing: boolean;
  recording: boolean;
  /** What the page's Waymark SDK announced: the server it loads flows from. Null until it does. */
  pageSdk: { serverUrl?: string; publicKey?: string; env?: Environment } | null;
}

type Listener = (state: ConnectionState) => void;
type EventHandler = (event: ContentEvent) => void;

/**
 * The side panel's link to the page: which tab it authors on, site connection (optional host
 * permissions requested at run time), commands to the content script and the events it sends back.
 * Every message in either direction is validated; malformed ones are dropped and logged.
 */
export class PageConnection {
  state: ConnectionState = { tabId: null, pageUrl: null, sites: [], suggestedUrl: null, seenEvents: [], dropped: [], previewProblem: null, previewing: false, recording: false, pageSdk: null };
  private listeners = new Set<Listener>();
  private handlers = new Set<EventHandler>();
  private pending = new Map<string, (element: PickedElement | null) => void>();
  private ownTabId: number | undefined;

  async start(): Promise<void> {
    browser.runtime.connect({ name: PANEL_PORT });
    this.ownTabId = (await browser.tabs.getCurrent())?.id;
    browser.runtime.onMessage.addListener((raw: unknown, sender) => {
      // Only content scripts talk to the panel; requests from other extension pages go to the background.
      if (sender.id !== browser.runtime.id || !sender.tab?.id) return;
      this.receive(raw, sender.tab.id);
    });
    browser.tabs.onActivated.addListener(() => void this.refresh());
    browser.permissions.onAdded?.addListener(() => void this.refresh());
    browser.permissions.onRemoved?.addListener(() => void this.refresh());
    await this.refresh();
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onEvent(handler: EventHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** Finds the tab to author on: the active tab on a connected site, else the one used most recently. */
  async refresh(): Promise<void> {
    const sites = ((await browser.permissions.getAll()).origins ?? []).filter((o) => /^https?:\/\/[^*]+\/\*$/.test(o)).map((o) => o.slice(0, -2));
    const tabs = (await browser.tabs.query({})).filter((tab) => tab.id !== undefined && tab.id !== this.ownTabId && /^https?:/.test(tab.url ?? ''));
    const onSites = tabs.filter((tab) => sites.includes(new URL(tab.url!).origin));
    const active = (await browser.tabs.query({ active: true, lastFocusedWindow: true })).find((tab) => tab.id !== this.ownTabId);
    const suggestedUrl = active?.url && /^https?:/.test(active.url) ? active.url : (tabs[0]?.url ?? null);
    const target = onSites.find((tab) => tab.id === active?.id) ?? [...onSites].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    const tabId = target?.id ?? null;
    const changed = tabId !== this.state.tabId;
    this.set({ sites, suggestedUrl, tabId, pageUrl: changed ? (target?.url ?? null) : this.state.pageUrl ?? target?.url ?? null, ...(changed ? { pageSdk: null, previewing: false } : {}) });
    if (tabId !== null && changed) await this.attach(tabId);
  }

  /** Asks for host access to the site of `url` (the browser shows its permission prompt). */
  async connect(url: string): Promise<boolean> {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return false;
    }
    if (!/^https?:/.test(origin)) return false;
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
    if (granted) await this.refresh();
    return granted;
  }

  async disconnect(origin: string): Promise<void> {
    await browser.permissions.remove({ origins: [`${origin}/*`] });
    await this.refresh();
  }

  async send(command: ContentCommand): Promise<ContentReply> {
    const tabId = this.state.tabId;
    if (tabId === null) return { type: 'error', message: 'No connected page: open your app in a tab and connect its site.' };
    try {
      const parsed = parseMessage(ContentReply, await browser.tabs.sendMessage(tabId, command));
      if (parsed.ok) return parsed.value;
      this.drop('extension', parsed.errors);
      return { type: 'error', message: 'the page sent a malformed reply' };
    } catch (error) {
      return { type: 'error', message: `The page did not answer (${String(error)}). Reload it and try again.` };
    }
  }

  /** Starts the picker on the page; resolves with the picked element, or null when cancelled. */
  pick(purpose: string): Promise<PickedElement | null> {
    this.pending.get(purpose)?.(null);
    return new Promise((resolve) => {
      this.pending.set(purpose, resolve);
      void this.send({ type: 'picker.start', purpose }).then((reply) => {
        if (reply.type === 'error') this.settle(purpose, null);
      });
    });
  }

  setRecording(recording: boolean): void {
    this.set({ recording });
  }

  private async attach(tabId: number): Promise<void> {
    const request: BackgroundRequest = { type: 'tab.attach', tabId };
    const reply = parseMessage(BackgroundReply, await browser.runtime.sendMessage(request).catch((error: unknown) => ({ type: 'error', message: String(error) })));
    if (reply.ok && reply.value.type === 'error') console.warn(LOG, 'could not attach to the page:', reply.value.message);
    // A content script already there from an earlier panel heard the SDK then: ask again.
    else await this.send({ type: 'sdk.hello' });
  }

  private receive(raw: unknown, tabId: number): void {
    const parsed = parseMessage(ContentEvent, raw);
    if (!parsed.ok) return this.drop('extension', parsed.errors);
    const event = parsed.value;
    if (tabId !== this.state.tabId) {
      // A connected page in another tab: follow the PM there when it is the one in front.
      if (event.type === 'page.ready') void this.refresh();
      return;
    }
    switch (event.type) {
      case 'page.ready':
        this.set({ pageUrl: event.url, ...(event.navigation ? {} : { previewing: false }) });
        if (this.state.recording && !event.navigation) void this.send({ type: 'record.start' });
        break;
      case 'picker.picked':
        this.settle(event.purpose, event.element);
        break;
      case 'picker.cancelled':
        this.settle(event.purpose, null);
        break;
      case 'page.event':
        if (!this.state.seenEvents.includes(event.name)) this.set({ seenEvents: [...this.state.seenEvents, event.name].slice(-50) });
        break;
      case 'diagnostic.dropped':
        this.set({ dropped: [...this.state.dropped, { source: event.source, errors: event.errors }].slice(-20) });
        break;
      case 'preview.state':
        this.set({ previewProblem: event.ended ? null : (event.problem ?? null), previewing: !event.ended });
        break;
      case 'page.sdk':
        this.set({ pageSdk: { ...(event.serverUrl ? { serverUrl: event.serverUrl } : {}), ...(event.publicKey ? { publicKey: event.publicKey } : {}), ...(event.env ? { env: event.env } : {}) } });
        break;
      case 'record.stopped':
        this.set({ recording: false });
        break;
      default:
        break;
    }
    for (const handler of this.handlers) handler(event);
  }

  private drop(source: string, errors: string[]): void {
    console.warn(LOG, `dropped a malformed message (${source}):`, errors);
    this.set({ dropped: [...this.state.dropped, { source, errors }].slice(-20) });
  }

  private settle(purpose: string, element: PickedElement | null): void {
    const resolve = this.pending.get(purpose);
    this.pending.delete(purpose);
    resolve?.(element);
  }

  private set(changes: Partial<ConnectionState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener(this.state);
  }
}
