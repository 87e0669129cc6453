import { page, pageHeader, panel, showStatus, statusMessage } from '../components';
import { copyText } from '../clipboard';
import { WORKSPACE_ID, snippetFor } from '../data';
import { h } from '../dom';
import { icon } from '../icons';
import type { PageContext } from '../router';
import { getState, markSnippetCopied, resetState, setWorkspaceName } from '../store';
import { startFlow } from '../waymark';

function workspaceSection(): HTMLElement {
  const input = h('input', {
    id: 'workspace-name',
    name: 'workspaceName',
    type: 'text',
    class: 'text-input',
    autocomplete: 'organization',
    maxlength: 60,
    'aria-describedby': 'workspace-name-hint',
  });
  input.value = getState().workspaceName;

  input.addEventListener('input', () => {
    const name = input.value.trim();
    if (name) setWorkspaceName(name);
  });
  input.addEventListener('blur', () => {
    if (!input.value.trim()) input.value = getState().workspaceName;
  });

  return panel(
    'settings-section',
    h('h2', null, 'Workspace'),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'workspace-name', class: 'label' }, 'Workspace name'),
      input,
      h('p', { class: 'field-hint', id: 'workspace-name-hint' }, 'Shown to customers in the chat header and in invite emails.'),
    ),
  );
}

function snippetSection(): HTMLElement {
  const snippet = snippetFor(WORKSPACE_ID);
  const code = h('code', null, snippet);
  const status = statusMessage('snippet-status');

  const copy = async (): Promise<void> => {
    const copied = await copyText(snippet, code);
    if (copied) {
      markSnippetCopied();
      showStatus(status, 'Copied');
    } else {
      showStatus(status, 'Select the code and press Ctrl+C to copy');
    }
  };

  return panel(
    'settings-section snippet-section',
    h('h2', null, 'Install snippet'),
    h('p', { class: 'panel-subtitle' }, 'Paste this just before the closing </body> tag on every page of your storefront.'),
    h('pre', { class: 'snippet', tabindex: 0, 'aria-label': 'Embed snippet' }, code),
    h(
      'div',
      { class: 'form-actions' },
      h(
        'button',
        { type: 'button', class: 'btn btn-secondary', 'data-testid': 'copy-snippet', on: { click: () => void copy() } },
        icon('copy'),
        'Copy snippet',
      ),
      status,
    ),
  );
}

function updatesSection(): HTMLElement {
  return panel(
    'settings-section',
    h('h2', null, 'Product updates'),
    h('p', { class: 'panel-subtitle' }, 'See the latest features we’ve shipped for your plan.'),
    h(
      'button',
      { type: 'button', class: 'btn btn-secondary', 'data-testid': 'whats-new', on: { click: () => startFlow('whats-new') } },
      icon('sparkle'),
      "What's new",
    ),
  );
}

function demoSection(refresh: () => void): HTMLElement {
  return panel(
    'settings-section danger-section',
    h('h2', null, 'Demo data'),
    h('p', { class: 'panel-subtitle' }, 'Put integrations, the widget and the team back to their original sample state.'),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-danger',
        on: {
          click: () => {
            resetState();
            refresh();
          },
        },
      },
      'Reset demo data',
    ),
  );
}

export function renderSettings({ refresh }: PageContext): HTMLElement {
  return page(
    'settings',
    pageHeader('Settings', 'Workspace details, installation and product news.'),
    workspaceSection(),
    snippetSection(),
    updatesSection(),
    demoSection(refresh),
  );
}
