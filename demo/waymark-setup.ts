/**
 * How Chatly embeds Waymark, as a customer would: the SDK's script tag, then this same-origin
 * file (no inline script, so it works under a strict CSP) calling init with the Waymark server
 * that serves the demo (its published flows, event delivery, the user's state across devices)
 * and tracking the product events its milestones are made of.
 */

interface WaymarkInstance {
  track(name: string, props?: Record<string, unknown>): void;
}
interface WaymarkGlobal {
  init(options: Record<string, unknown>): WaymarkInstance;
}

const global = window as unknown as { Waymark?: WaymarkGlobal; waymark?: WaymarkInstance };
const params = new URLSearchParams(location.search);
/** Each browser is its own demo user, so visitors of one demo server do not share onboarding progress. */
function visitorId(): string {
  try {
    const saved = localStorage.getItem('chatly-demo-visitor');
    if (saved) return saved;
    const id = `sam+${Math.random().toString(36).slice(2, 10)}@acme-shoes.example`;
    localStorage.setItem('chatly-demo-visitor', id);
    return id;
  } catch {
    return 'sam@acme-shoes.example';
  }
}
// `?user=` plays another user for the rest of the tab's session, across in-app links and reloads.
const userId = params.get('user') ?? sessionStorage.getItem('chatly-demo-user') ?? visitorId();
sessionStorage.setItem('chatly-demo-user', userId);

if (global.Waymark) {
  const waymark = global.Waymark.init({
    server: { url: location.origin, publicKey: 'wm_pk_demo' },
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
