import { PAGE_MESSAGE_SOURCE, PageMessage } from '../../../shared/messages/pageMessage.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';

/**
 * The page's only channel to the builder: `window.postMessage({ source: 'waymark-page', … })`.
 * Messages for someone else are ignored; ours are validated and malformed ones dropped and reported.
 */
export function listenToPage(signal: AbortSignal, onEvent: (name: string) => void, onDropped: (errors: string[]) => void): void {
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      if (event.source !== window) return;
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== PAGE_MESSAGE_SOURCE) return;
      const parsed = parseMessage(PageMessage, data);
      if (!parsed.ok) return onDropped(parsed.errors);
      onEvent(parsed.value.name);
    },
    { signal },
  );
}
