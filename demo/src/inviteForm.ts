import { h } from './dom';
import { inviteMember, type MemberRole } from './store';

const STYLES = `
:host { display: block; font: inherit; color: inherit; }
form { display: flex; flex-wrap: wrap; gap: 8px; align-items: stretch; }
input, select, button { font: inherit; font-size: 14px; border-radius: 8px; }
input, select {
  border: 1px solid var(--border-strong, #d1d5db);
  background: var(--surface, #fff);
  color: inherit;
  padding: 8px 12px;
}
input { flex: 1 1 220px; min-width: 0; }
input:focus-visible, select:focus-visible, button:focus-visible {
  outline: 2px solid var(--brand, #4f46e5);
  outline-offset: 2px;
}
button {
  border: 1px solid transparent;
  background: var(--brand, #4f46e5);
  color: #fff;
  font-weight: 600;
  padding: 8px 16px;
  cursor: pointer;
}
button:hover { background: var(--brand-strong, #4338ca); }
.message { flex-basis: 100%; margin: 4px 0 0; font-size: 13px; min-height: 1.4em; }
.message.is-error { color: var(--danger, #b91c1c); }
.message.is-success { color: var(--success, #047857); }
`;

let sharedSheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(STYLES);
  }
  return sharedSheet;
}

export class ChatlyInviteForm extends HTMLElement {
  readonly #email: HTMLInputElement;
  readonly #role: HTMLSelectElement;
  readonly #message: HTMLParagraphElement;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];

    this.#email = h('input', {
      type: 'email',
      name: 'email',
      required: true,
      autocomplete: 'off',
      placeholder: 'name@acmeshoes.com',
      'aria-label': 'Teammate email',
    });
    this.#role = h(
      'select',
      { name: 'role', 'aria-label': 'Role' },
      h('option', { value: 'Agent' }, 'Agent'),
      h('option', { value: 'Admin' }, 'Admin'),
    );
    this.#message = h('p', { class: 'message', role: 'status' });

    const form = h(
      'form',
      { 'aria-label': 'Invite a teammate', on: { submit: (event) => this.#submit(event) } },
      this.#email,
      this.#role,
      h('button', { type: 'submit', 'data-testid': 'send-invite' }, 'Send invite'),
      this.#message,
    );
    root.append(form);
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const result = inviteMember(this.#email.value, this.#role.value as MemberRole);
    if (!result.ok) {
      this.#showMessage(result.reason, 'is-error');
      this.#email.focus();
      return;
    }
    this.#email.value = '';
    this.#showMessage(`Invite sent to ${result.member.email}.`, 'is-success');
    (event.target as HTMLFormElement).dispatchEvent(
      new CustomEvent('chatly:teammate-invited', {
        bubbles: true,
        composed: true,
        detail: { email: result.member.email },
      }),
    );
  }

  #showMessage(text: string, tone: 'is-error' | 'is-success'): void {
    this.#message.textContent = text;
    this.#message.classList.remove('is-error', 'is-success');
    this.#message.classList.add(tone);
  }
}

export function defineInviteForm(): void {
  if (!customElements.get('chatly-invite-form')) {
    customElements.define('chatly-invite-form', ChatlyInviteForm);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'chatly-invite-form': ChatlyInviteForm;
  }
}
