/**
 * How Chatly embeds Waymark, as a customer would: the SDK's script tag, then this same-origin
 * file (no inline script, so it works under a strict CSP) calling init with the demo flows and
 * tracking the product events its milestones are made of.
 */
import bundle from './flows/chatly.bundle.json';

interface WaymarkInstance {
  track(name: string, props?: Record<string, unknown>): void;
}
interface WaymarkGlobal {
  init(options: Record<string, unknown>): WaymarkInstance;
}

const global = window as unknown as { Waymark?: WaymarkGlobal; waymark?: WaymarkInstance };
const params = new URLSearchParams(location.search);
// `?user=` plays another user for the rest of the tab's session, across in-app links and reloads.
const userId = params.get('user') ?? sessionStorage.getItem('chatly-demo-user') ?? 'sam@acme-shoes.example';
sessionStorage.setItem('chatly-demo-user', userId);

if (global.Waymark) {
  const waymark = global.Waymark.init({
    flows: bundle,
    userId,
    traits: { plan: 'trial', company: 'Acme Shoes', signedUpAt: '2026-11-20' },
  });
  global.waymark = waymark;
  const productEvents: Record<string, string> = {
    'chatly:integration-connected': 'integration_connected',
    'chatly:widget-saved': 'widget_saved',
    'chatly:teammate-invited': 'teammate_invited',
  };
  for (const [domEvent, name] of Object.entries(productEvents)) {
    window.addEventListener(domEvent, () => waymark.track(name));
  }
}
