import { BUILDER_MESSAGE_SOURCE, PAGE_MESSAGE_SOURCE, PageMessage } from '../../../shared/messages/pageMessage.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';

/**
 * The page's only channel to the builder: `window.postMessage({ source: 'waymark-page', … })`.
 * Messages for someone else are ignored; ours are validated and malformed ones dropped and reported.
 * On start it says hello, so an SDK that started before the builder announces itself again.
 */
export function listenToPage(signal: AbortSignal, onMessage: (message: PageMessage) => void, onDropped: (errors: string[]) => void): void {
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== PAGE_MESSAGE_SOURCE) return;
      const parsed = parseMessage(PageMessage, data);
      if (!parsed.ok) return onDropped(parsed.errors);
      onMessage(parsed.value);
    },
    { signal },
  );
  postToPage({ type: 'hello' });
}

/** Tells the page's SDK something (`hello`, or `preview` to hide and restore its flows). */
export function postToPage(message: { type: 'hello' } | { type: 'preview'; active: boolean }): void {
  window.postMessage({ source: BUILDER_MESSAGE_SOURCE, ...message }, location.origin === 'null' ? '*' : location.origin);
}
