import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ContentCommand, type ContentReply } from '../../../shared/messages/contentCommand.ts';
import type { ContentEvent } from '../../../shared/messages/contentEvent.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';
import { mountPreview } from '../../../sdk/preview/mountPreview.tsx';
import { BuilderOverlay } from './BuilderOverlay.ts';
import { checkPageHealth } from './checkPageHealth.ts';
import { listenToPage, postToPage } from './listenToPage.ts';
import { Picker } from './Picker.ts';
import { PreviewController } from './PreviewController.ts';
import { Recorder } from './Recorder.ts';
import { resolveAnchor } from '../../../shared/anchor/resolveAnchor.ts';

const LOG = '[waymark builder]';

function send(event: ContentEvent): void {
  browser.runtime.sendMessage(event).catch(() => {
    // No side panel open: nobody to tell.
  });
}

/** Everything the builder does on a page, wired to the side panel through validated messages. */
export async function startBuilderPage(ctx: ContentScriptContext): Promise<void> {
  const ui = await createShadowRootUi(ctx, {
    name: 'waymark-builder',
    position: 'overlay',
    zIndex: 2147483647,
    isolateEvents: true,
    onMount: (container, shadow) => ({ container, shadow }),
  });
  ui.mount();
  const { container, shadow } = ui.mounted!;
  const overlay = new BuilderOverlay(container);
  const previewContainer = container.ownerDocument.createElement('div');
  container.append(previewContainer);
  const preview = new PreviewController(overlay, mountPreview(shadow, previewContainer), (state) => send({ type: 'preview.state', ...state }));
  const picker = new Picker(overlay, ui.shadowHost);
  const recorder = new Recorder(overlay, ui.shadowHost, () => {
    recorder.stop();
    send({ type: 'record.stopped' });
  });

  const handle = (command: ContentCommand): ContentReply => {
    const ok: ContentReply = { type: 'ok', url: location.href };
    switch (command.type) {
      case 'ping':
        return ok;
      case 'sdk.hello':
        postToPage({ type: 'hello' });
        return ok;
      case 'picker.start':
        recorder.stop();
        preview.stop();
        picker.start({
          onPick: (element) => send({ type: 'picker.picked', purpose: command.purpose, element }),
          onCancel: () => send({ type: 'picker.cancelled', purpose: command.purpose }),
        });
        return ok;
      case 'picker.cancel':
        picker.cancel();
        return ok;
      case 'preview.show':
        picker.stop();
        recorder.stop();
        preview.show(command.flow, command.stepIndex, command.asUser?.traits, command.related);
        return ok;
      case 'preview.stop':
        preview.stop();
        return ok;
      case 'record.start':
        picker.stop();
        preview.stop();
        recorder.start((element) => send({ type: 'record.click', element }));
        return ok;
      case 'record.stop':
        recorder.stop();
        return ok;
      case 'health.check':
        return { type: 'health.result', url: location.href, steps: checkPageHealth(command.flows, location.href) };
      case 'anchor.check': {
        const result = resolveAnchor(command.anchor);
        return { type: 'anchor.result', status: result.status, matches: result.status === 'found' ? 1 : result.status === 'ambiguous' ? result.count : 0 };
      }
    }
  };

  const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (reply: ContentReply) => void) => {
    if (sender.id !== browser.runtime.id || ctx.isInvalid) return;
    const parsed = parseMessage(ContentCommand, raw);
    if (!parsed.ok) {
      console.warn(LOG, 'dropped a malformed message from the extension:', parsed.errors);
      send({ type: 'diagnostic.dropped', source: 'extension', errors: parsed.errors });
      sendResponse({ type: 'error', message: `malformed message: ${parsed.errors.join('; ')}` });
      return;
    }
    try {
      sendResponse(handle(parsed.value));
    } catch (error) {
      sendResponse({ type: 'error', message: String(error) });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const signal = ctx.signal;
  listenToPage(
    signal,
    (message) => {
      if (message.type === 'event') send({ type: 'page.event', name: message.name });
      else send({ type: 'page.sdk', ...(message.serverUrl ? { serverUrl: message.serverUrl } : {}), ...(message.publicKey ? { publicKey: message.publicKey } : {}), ...(message.env ? { env: message.env } : {}) });
    },
    (errors) => {
      console.warn(LOG, 'dropped a malformed message from the page:', errors);
      send({ type: 'diagnostic.dropped', source: 'page', errors });
    },
  );

  // SPA navigations (pushState included) through the Navigation API; full loads re-inject the script.
  let lastUrl = location.href;
  const onUrl = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    preview.onNavigate();
    send({ type: 'page.ready', url: location.href, navigation: true });
  };
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('currententrychange', onUrl, { signal });
  window.addEventListener('popstate', onUrl, { signal });
  ctx.onInvalidated(() => {
    picker.dispose();
    recorder.stop();
    preview.stop();
  });
  send({ type: 'page.ready', url: location.href, navigation: false });
}
