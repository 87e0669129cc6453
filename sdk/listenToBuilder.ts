import type { Environment } from '../shared/api/environment.ts';
import { version } from './version.ts';

/** What the SDK tells the Waymark builder extension about itself (public facts only: the page's source has them too). */
export interface SdkAnnouncement {
  serverUrl?: string;
  publicKey?: string;
  env?: Environment;
}

/**
 * The SDK's side of the builder's channel (`window.postMessage`, this window only). It announces
 * its server once and whenever the builder says hello, so the builder can offer to connect to it;
 * `{ source: 'waymark-builder', type: 'preview', active }` hides its flows while the builder
 * previews a draft and shows them again after. Nothing else is accepted, and a message can only
 * hide or show what this page already shows: page scripts can do more through the API.
 */
export function listenToBuilder(announcement: SdkAnnouncement, onPreview: (active: boolean) => void): () => void {
  const target = location.origin === 'null' ? '*' : location.origin;
  const announce = () => window.postMessage({ source: 'waymark-page', type: 'sdk', version, ...announcement }, target);
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source !== window || typeof data !== 'object' || data === null || (data as { source?: unknown }).source !== 'waymark-builder') return;
    const { type, active } = data as { type?: unknown; active?: unknown };
    if (type === 'hello') announce();
    else if (type === 'preview' && typeof active === 'boolean') onPreview(active);
  };
  window.addEventListener('message', onMessage);
  announce();
  return () => window.removeEventListener('message', onMessage);
}
