export const CURRENT_USER = { name: 'Maya Robinson', email: 'maya@acmeshoes.com' };

export const WORKSPACE_ID = 'ws_acme_7f3k2q';

export interface Kpi {
  label: string;
  value: string;
  delta: string;
  trend: 'up' | 'down' | 'flat';
  hashClass: string;
}

export const KPIS: readonly Kpi[] = [
  { label: 'Conversations', value: '1,284', delta: '+12% vs last week', trend: 'up', hashClass: 'css-1x9f2ab' },
  { label: 'Resolution rate', value: '87%', delta: '+3 pts, resolved by bot', trend: 'up', hashClass: 'css-k3m8zq' },
  { label: 'Active visitors', value: '42', delta: 'On acmeshoes.com right now', trend: 'flat', hashClass: 'css-w71pd0' },
  { label: 'CSAT', value: '4.6 / 5', delta: '−0.1 vs last week', trend: 'down', hashClass: 'css-9fq2lc' },
];

export interface Conversation {
  customer: string;
  preview: string;
  channel: 'Website' | 'WhatsApp';
  when: string;
  status: 'Open' | 'Resolved by bot' | 'Waiting';
}

export const RECENT_CONVERSATIONS: readonly Conversation[] = [
  { customer: 'Priya Natarajan', preview: 'Do the Trailblazer 2 run true to size? I’m usually a 39.', channel: 'Website', when: '2 min ago', status: 'Open' },
  { customer: 'Marcus Bell', preview: 'Where is my order #A-10482? It said 2-day delivery.', channel: 'WhatsApp', when: '14 min ago', status: 'Waiting' },
  { customer: 'Sofia Marquez', preview: 'Thanks, the return label came through!', channel: 'Website', when: '38 min ago', status: 'Resolved by bot' },
  { customer: 'Kenji Watanabe', preview: 'Can I swap the colour of my Metro Loafers before they ship?', channel: 'Website', when: '1 h ago', status: 'Open' },
  { customer: 'Amara Osei', preview: 'Do you ship to Ghana?', channel: 'WhatsApp', when: '3 h ago', status: 'Resolved by bot' },
];

export type IntegrationId = 'website' | 'slack' | 'whatsapp' | 'zendesk';

export interface IntegrationInfo {
  id: IntegrationId;
  name: string;
  category: string;
  description: string;
  connectLabel: string;
  mark: string;
}

export const INTEGRATIONS: readonly IntegrationInfo[] = [
  {
    id: 'website',
    name: 'Website widget',
    category: 'Channel',
    description: 'Put your AI chatbot on acmeshoes.com to answer sizing, order and returns questions 24/7.',
    connectLabel: 'Connect chatbot',
    mark: 'W',
  },
  {
    id: 'slack',
    name: 'Slack',
    category: 'Notifications',
    description: 'Ping #support when a conversation needs a human, and reply straight from the thread.',
    connectLabel: 'Connect Slack',
    mark: 'S',
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp',
    category: 'Channel',
    description: 'Answer customers on WhatsApp Business from the same inbox as your website chats.',
    connectLabel: 'Connect WhatsApp',
    mark: 'WA',
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    category: 'Helpdesk',
    description: 'Escalate tricky conversations to Zendesk tickets with the full chat history attached.',
    connectLabel: 'Connect Zendesk',
    mark: 'Z',
  },
];

export function snippetFor(workspaceId: string): string {
  return [
    '<script',
    '  src="https://cdn.chatly.app/v1/widget.js"',
    `  data-workspace="${workspaceId}"`,
    '  async',
    '></script>',
  ].join('\n');
}
