import { badge, page, pageHeader, panel } from '../components';
import { h } from '../dom';
import type { PageContext } from '../router';
import { signedInAs } from '../session';
import { renderSignIn } from './signIn';

/** Behind the demo's sign-in: signed out, the sign-in page shows instead (and comes back here). */
export function renderBilling(ctx: PageContext): HTMLElement {
  const user = signedInAs();
  if (!user) {
    history.replaceState(null, '', `/login?next=${encodeURIComponent(location.pathname)}`);
    return renderSignIn(ctx);
  }
  return page(
    'billing',
    pageHeader('Billing', `Signed in as ${user}.`),
    panel(
      'plan-panel',
      h('div', { class: 'panel-header' }, h('h2', null, 'Growth trial'), badge('12 days left', 'warning')),
      h('p', { class: 'panel-subtitle' }, 'Keep your chatbot and your conversation history after the trial.'),
      h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'upgrade-plan' }, 'Upgrade plan'),
    ),
  );
}
