import { badge, page, pageHeader } from '../components';
import { INTEGRATIONS, type IntegrationInfo } from '../data';
import { h } from '../dom';
import type { PageContext } from '../router';
import { connectIntegration, getState } from '../store';

const LOAD_DELAY_MS = 600;

function renderConnectButton(button: HTMLButtonElement, info: IntegrationInfo, connected: boolean): void {
  button.textContent = connected ? 'Connected ✓' : info.connectLabel;
  button.disabled = connected;
  button.classList.toggle('is-connected', connected);
}

function integrationCard(info: IntegrationInfo): HTMLElement {
  const connected = getState().integrations[info.id];
  const status = badge(connected ? 'Active' : 'Available', connected ? 'success' : 'neutral');
  const button = h('button', {
    type: 'button',
    class: info.id === 'website' ? 'btn btn-primary' : 'btn btn-secondary',
    'data-testid': info.id === 'website' ? 'connect-chatbot' : `connect-${info.id}`,
  });
  renderConnectButton(button, info, connected);

  button.addEventListener('click', () => {
    if (getState().integrations[info.id]) return;
    connectIntegration(info.id);
    renderConnectButton(button, info, true);
    status.replaceWith(badge('Active', 'success'));
    if (info.id === 'website') window.dispatchEvent(new CustomEvent('chatly:integration-connected'));
  });

  return h(
    'article',
    { class: `integration-card integration-${info.id}`, 'data-integration': info.id },
    h(
      'div',
      { class: 'integration-top' },
      h('span', { class: `integration-logo logo-${info.id}`, 'aria-hidden': 'true' }, info.mark),
      h('div', { class: 'integration-title' }, h('h3', null, info.name), h('p', { class: 'integration-category' }, info.category)),
      status,
    ),
    h('p', { class: 'integration-description' }, info.description),
    h('div', { class: 'integration-actions' }, button),
  );
}

function loadingPlaceholder(): HTMLElement {
  return h(
    'div',
    { class: 'integrations-loading' },
    h('p', { class: 'loading-text', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Loading integrations…'),
    h(
      'div',
      { class: 'integration-grid', 'aria-hidden': 'true' },
      INTEGRATIONS.map(() => h('div', { class: 'integration-card skeleton' })),
    ),
  );
}

export function renderIntegrations({ signal }: PageContext): HTMLElement {
  const content = h('div', { class: 'integrations-content', 'aria-busy': 'true' }, loadingPlaceholder());

  const timer = window.setTimeout(() => {
    content.replaceChildren(h('div', { class: 'integration-grid' }, INTEGRATIONS.map(integrationCard)));
    content.removeAttribute('aria-busy');
  }, LOAD_DELAY_MS);
  signal.addEventListener('abort', () => window.clearTimeout(timer), { once: true });

  return page(
    'integrations',
    pageHeader('Integrations', 'Connect the places your customers already talk to you.'),
    content,
  );
}
