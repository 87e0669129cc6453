import { avatar, badge, page, pageHeader, panel } from '../components';
import { CURRENT_USER, KPIS, RECENT_CONVERSATIONS, type Conversation, type Kpi } from '../data';
import { h } from '../dom';
import { icon } from '../icons';
import { getState, type AppState } from '../store';

function kpiCard(kpi: Kpi): HTMLElement {
  return h(
    'div',
    { class: `${kpi.hashClass} sc-bdVaJa Card_root__3kD9x kpi-card` },
    h('p', { class: 'css-q1w9x3 Card_label__Zx81a kpi-label' }, kpi.label),
    h('p', { class: 'css-7hd2kq Card_value__1pLmQ kpi-value' }, kpi.value),
    h('p', { class: `css-a0b3cz Card_delta__c4Rn2 kpi-delta is-${kpi.trend}` }, kpi.delta),
  );
}

interface SetupStep {
  label: string;
  hint: string;
  href: string;
  done: (state: AppState) => boolean;
}

const SETUP_STEPS: readonly SetupStep[] = [
  { label: 'Connect your website', hint: 'Turn on the chatbot for acmeshoes.com', href: '/integrations', done: (s) => s.integrations.website },
  { label: 'Design your chat bubble', hint: 'Match your brand colour and greeting', href: '/widget', done: (s) => s.widgetSaved },
  { label: 'Invite a colleague', hint: 'Share the inbox with your support agents', href: '/team', done: (s) => s.team.some((m) => m.status === 'Invited') },
  { label: 'Install the snippet', hint: 'Copy the embed code into your storefront', href: '/settings', done: (s) => s.snippetCopied },
];

function setupPanel(state: AppState): HTMLElement {
  const completed = SETUP_STEPS.filter((step) => step.done(state)).length;
  return panel(
    'setup-panel',
    h(
      'div',
      { class: 'panel-header' },
      h('div', null, h('h2', null, 'Get started'), h('p', { class: 'panel-subtitle' }, `Finish setting up ${state.workspaceName}’s chatbot.`)),
      h('span', { class: 'setup-count' }, `${completed} of ${SETUP_STEPS.length} done`),
    ),
    h('progress', { class: 'setup-progress', max: SETUP_STEPS.length, value: completed, 'aria-label': 'Setup progress' }),
    h(
      'ol',
      { class: 'setup-steps' },
      SETUP_STEPS.map((step) => {
        const done = step.done(state);
        return h(
          'li',
          { class: done ? 'setup-step is-done' : 'setup-step' },
          h('span', { class: 'setup-check' }, done ? icon('check') : null),
          h(
            'a',
            { href: step.href, class: 'setup-link' },
            h('span', { class: 'setup-label' }, step.label, done ? h('span', { class: 'sr-only' }, ' (done)') : null),
            h('span', { class: 'setup-hint' }, step.hint),
          ),
          icon('arrowRight', 'setup-arrow'),
        );
      }),
    ),
  );
}

const STATUS_TONE: Record<Conversation['status'], 'success' | 'warning' | 'brand'> = {
  Open: 'brand',
  Waiting: 'warning',
  'Resolved by bot': 'success',
};

function conversationsPanel(): HTMLElement {
  return panel(
    'conversations-panel',
    h('div', { class: 'panel-header' }, h('h2', null, 'Recent conversations'), h('span', { class: 'panel-meta' }, 'Last 24 hours')),
    h(
      'ul',
      { class: 'conversation-list' },
      RECENT_CONVERSATIONS.map((c) =>
        h(
          'li',
          { class: 'conversation' },
          avatar(c.customer),
          h(
            'div',
            { class: 'conversation-body' },
            h('p', { class: 'conversation-top' }, h('span', { class: 'conversation-name' }, c.customer), h('span', { class: 'conversation-when' }, c.when)),
            h('p', { class: 'conversation-preview' }, c.preview),
            h('p', { class: 'conversation-meta' }, h('span', { class: 'channel' }, c.channel), badge(c.status, STATUS_TONE[c.status])),
          ),
        ),
      ),
    ),
  );
}

export function renderDashboard(): HTMLElement {
  const state = getState();
  const firstName = CURRENT_USER.name.split(' ')[0] ?? CURRENT_USER.name;
  return page(
    'dashboard',
    pageHeader('Dashboard', `Welcome back, ${firstName}. Here’s how support is going at ${state.workspaceName} this week.`),
    h('div', { class: 'css-9zq1ro sc-htpNat Grid_root__8Hw2d kpi-grid' }, KPIS.map(kpiCard)),
    h('div', { class: 'dashboard-columns' }, setupPanel(state), conversationsPanel()),
  );
}
