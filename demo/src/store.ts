import { CURRENT_USER, type IntegrationId } from './data';

export type WidgetPosition = 'bottom-right' | 'bottom-left';
export type MemberRole = 'Owner' | 'Admin' | 'Agent';
export type MemberStatus = 'Active' | 'Invited';

export interface WidgetSettings {
  color: string;
  position: WidgetPosition;
  greeting: string;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  role: MemberRole;
  status: MemberStatus;
}

export interface AppState {
  workspaceName: string;
  integrations: Record<IntegrationId, boolean>;
  widget: WidgetSettings;
  widgetSaved: boolean;
  team: Member[];
  snippetCopied: boolean;
}

export const STORAGE_KEY = 'chatly:state';
export const GREETING_MAX = 180;

const ROLES: readonly MemberRole[] = ['Owner', 'Admin', 'Agent'];
const STATUSES: readonly MemberStatus[] = ['Active', 'Invited'];
const INTEGRATION_IDS: readonly IntegrationId[] = ['website', 'slack', 'whatsapp', 'zendesk'];

function defaults(): AppState {
  return {
    workspaceName: 'Acme Shoes',
    integrations: { website: false, slack: false, whatsapp: false, zendesk: false },
    widget: {
      color: '#4f46e5',
      position: 'bottom-right',
      greeting: 'Hi there 👋 Looking for the perfect pair? Ask me about sizing, orders or returns.',
    },
    widgetSaved: false,
    team: [
      { id: 'm-maya', name: CURRENT_USER.name, email: CURRENT_USER.email, role: 'Owner', status: 'Active' },
      { id: 'm-daniel', name: 'Daniel Okafor', email: 'daniel@acmeshoes.com', role: 'Admin', status: 'Active' },
      { id: 'm-lena', name: 'Lena Fischer', email: 'lena@acmeshoes.com', role: 'Agent', status: 'Active' },
      { id: 'm-tom', name: 'Tom Alvarez', email: 'tom@acmeshoes.com', role: 'Agent', status: 'Active' },
    ],
    snippetCopied: false,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}

function sanitizeMember(raw: unknown): Member | null {
  if (!isRecord(raw)) return null;
  const { id, name, email, role, status } = raw;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof email !== 'string') return null;
  if (!ROLES.includes(role as MemberRole) || !STATUSES.includes(status as MemberStatus)) return null;
  return { id, name, email, role: role as MemberRole, status: status as MemberStatus };
}

function sanitize(raw: unknown): AppState {
  const state = defaults();
  if (!isRecord(raw)) return state;

  if (typeof raw.workspaceName === 'string' && raw.workspaceName.trim()) {
    state.workspaceName = raw.workspaceName;
  }
  if (isRecord(raw.integrations)) {
    for (const id of INTEGRATION_IDS) {
      if (typeof raw.integrations[id] === 'boolean') state.integrations[id] = raw.integrations[id] as boolean;
    }
  }
  if (isRecord(raw.widget)) {
    const { color, position, greeting } = raw.widget;
    if (isHexColor(color)) state.widget.color = color;
    if (position === 'bottom-right' || position === 'bottom-left') state.widget.position = position;
    if (typeof greeting === 'string') state.widget.greeting = greeting.slice(0, GREETING_MAX);
  }
  if (typeof raw.widgetSaved === 'boolean') state.widgetSaved = raw.widgetSaved;
  if (Array.isArray(raw.team)) {
    const team = raw.team.map(sanitizeMember).filter((m): m is Member => m !== null);
    if (team.length > 0) state.team = team;
  }
  if (typeof raw.snippetCopied === 'boolean') state.snippetCopied = raw.snippetCopied;
  return state;
}

function load(): AppState {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return sanitize(stored ? JSON.parse(stored) : null);
  } catch {
    return defaults();
  }
}

function persist(value: AppState): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(value));
  } catch {
    // Storage may be full or disabled; the in-memory state stays authoritative.
  }
}

type Listener = (state: AppState) => void;

let state: AppState = load();
const listeners = new Set<Listener>();

export function getState(): AppState {
  return state;
}

function commit(next: AppState): void {
  state = next;
  persist(state);
  for (const listener of [...listeners]) listener(state);
}

export function subscribe(listener: Listener, signal?: AbortSignal): () => void {
  listeners.add(listener);
  const unsubscribe = (): void => {
    listeners.delete(listener);
  };
  signal?.addEventListener('abort', unsubscribe, { once: true });
  return unsubscribe;
}

export function connectIntegration(id: IntegrationId): void {
  commit({ ...state, integrations: { ...state.integrations, [id]: true } });
}

export function saveWidget(widget: WidgetSettings): void {
  commit({ ...state, widget: { ...widget }, widgetSaved: true });
}

export function setWorkspaceName(name: string): void {
  commit({ ...state, workspaceName: name });
}

export function markSnippetCopied(): void {
  if (!state.snippetCopied) commit({ ...state, snippetCopied: true });
}

export function resetState(): void {
  commit(defaults());
}

export type InviteResult = { ok: true; member: Member } | { ok: false; reason: string };

function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local.split(/[._+-]+/).filter(Boolean);
  if (words.length === 0) return email;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

let idCounter = 0;

function newMemberId(): string {
  idCounter += 1;
  return `m-${Date.now().toString(36)}-${idCounter}`;
}

export function inviteMember(rawEmail: string, role: MemberRole = 'Agent'): InviteResult {
  const email = rawEmail.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { ok: false, reason: 'Enter a valid email address.' };
  }
  if (state.team.some((m) => m.email.toLowerCase() === email)) {
    return { ok: false, reason: `${email} is already on your team.` };
  }
  const member: Member = { id: newMemberId(), name: nameFromEmail(email), email, role, status: 'Invited' };
  commit({ ...state, team: [...state.team, member] });
  return { ok: true, member };
}
