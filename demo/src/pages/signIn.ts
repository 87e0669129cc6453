import { page, pageHeader, panel, showStatus, statusMessage } from '../components';
import { h } from '../dom';
import type { PageContext } from '../router';
import { DEMO_PASSWORD, signIn } from '../session';

/** Only same-app paths: `?next=//evil.example` must not send the user away. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function renderSignIn({ navigate }: PageContext): HTMLElement {
  const email = h('input', { class: 'text-input', id: 'login-email', name: 'email', type: 'email', required: true, autocomplete: 'username' });
  const password = h('input', { class: 'text-input', id: 'login-password', name: 'password', type: 'password', required: true, autocomplete: 'current-password' });
  const status = statusMessage('login-status');
  const form = h(
    'form',
    {
      class: 'login-form',
      'aria-label': 'Sign in',
      on: {
        submit: (event) => {
          event.preventDefault();
          if (password.value !== DEMO_PASSWORD) return showStatus(status, 'That password is not right.');
          signIn(email.value);
          navigate(nextPath());
        },
      },
    },
    h('div', { class: 'field' }, h('label', { class: 'label', for: 'login-email' }, 'Email'), email),
    h('div', { class: 'field' }, h('label', { class: 'label', for: 'login-password' }, 'Password'), password, h('p', { class: 'field-hint' }, `Demo password: ${DEMO_PASSWORD}`)),
    h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'sign-in' }, 'Sign in'),
    status,
  );
  return page('sign-in', pageHeader('Sign in', 'Billing and account pages need you to sign in.'), panel('login-panel', form));
}
