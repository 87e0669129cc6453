/**
 * How Chatly embeds Waymark, as a customer would: the SDK's script tag, then this same-origin
 * file (no inline script, so it works under a strict CSP) calling init with the Waymark server
 * that serves the demo (its published flows, event delivery, the user's state across devices)
 * and tracking the product events its milestones are made of.
 */

interface WaymarkInstance {
  track(name: string, props?: Record<string, unknown>): void;
  open(target: 'resource-center'): void;
  on(type: string, listener: (event: unknown) => void): void;
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

/** What a customer's page gets from its backend after sign-in: hex(HMAC-SHA256(identity secret, userId)). */
async function demoUserHash(id: string): Promise<string> {
  const response = await fetch(`/demo/user-hash?userId=${encodeURIComponent(id)}`);
  if (!response.ok) throw new Error(`the demo server did not sign ${id} (HTTP ${response.status})`);
  return ((await response.json()) as { userHash: string }).userHash;
}

if (global.Waymark) {
  const waymark = global.Waymark.init({
    // The demo project verifies identity, as every new project does: Chatly's "backend" (the demo
    // server, on loopback only) signs the signed-in user's id, and the SDK sends that hash along.
    server: { url: location.origin, publicKey: 'wm_pk_demo', userHash: demoUserHash },
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
  // "Browse the help center" in Chatly's own help menu opens the resource center; its "Chat with
  // support" opens that help menu, as an app would open its chat.
  document.querySelector('[data-testid="open-help-center"]')?.addEventListener('click', () => waymark.open('resource-center'));
  waymark.on('resource_center_contact', () => {
    // After the click that asked for it, which would otherwise close the menu again as a click outside it.
    setTimeout(() => document.querySelector<HTMLButtonElement>('[data-testid="help-button"]')?.click());
  });
}
