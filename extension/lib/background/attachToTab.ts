import { browser } from 'wxt/browser';
import { ContentReply } from '../../../shared/messages/contentCommand.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';

export const CONTENT_SCRIPT_FILE = '/content-scripts/builder.js';

/** Injects the builder's content script unless it already answers in that tab. */
export async function attachToTab(tabId: number): Promise<void> {
  try {
    const reply = parseMessage(ContentReply, await browser.tabs.sendMessage(tabId, { type: 'ping' }));
    if (reply.ok && reply.value.type === 'ok') return;
  } catch {
    // Nothing listening there yet.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] } as Parameters<typeof browser.scripting.executeScript>[0]);
}
