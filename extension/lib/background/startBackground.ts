import { browser } from 'wxt/browser';
import { BackgroundRequest, type BackgroundReply } from '../../../shared/messages/backgroundRequest.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';
import { attachToTab } from './attachToTab.ts';


import { PANEL_PORT } from '../messaging/panelPort.ts';

const LOG = '[waymark builder]';

function fromExtensionPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(`${location.origin}/`);
}

async function connected(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:/.test(url)) return false;
  return browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
}

/**
 * The service worker: injects the content script when the side panel asks, and again after a full
 * page load on a connected site while a panel is open (so authoring survives navigations).
 */
export function startBackground(): void {
  let openPanels = 0;
  browser.runtime.onInstalled.addListener(() => {
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true })?.catch?.(() => {});
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    openPanels++;
    port.onDisconnect.addListener(() => openPanels--);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: BackgroundReply) => void) => {
    // Content scripts broadcast events for the side panel; they are not requests for us.
    if (!fromExtensionPage(sender)) return;
    const parsed = parseMessage(BackgroundRequest, raw);
    if (!parsed.ok) {
      console.warn(LOG, 'dropped a malformed request:', parsed.errors);
      sendResponse({ type: 'error', message: `malformed request: ${parsed.errors.join('; ')}` });
      return;
    }
    attachToTab(parsed.value.tabId).then(
      () => sendResponse({ type: 'ok' }),
      (error: unknown) => sendResponse({ type: 'error', message: String(error) }),
    );
    return true;
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || openPanels === 0) return;
    void connected(tab.url).then((yes) => (yes ? attachToTab(tabId) : undefined)).catch((error: unknown) => console.warn(LOG, 'could not attach:', error));
  });
}
