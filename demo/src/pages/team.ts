import { avatar, badge, page, pageHeader, panel } from '../components';
import { h } from '../dom';
import type { PageContext } from '../router';
import { getState, subscribe, type Member } from '../store';

function memberRow(member: Member): HTMLLIElement {
  return h(
    'li',
    { class: 'member', 'data-member-id': member.id },
    avatar(member.name),
    h('div', { class: 'member-identity' }, h('p', { class: 'member-name' }, member.name), h('p', { class: 'member-email' }, member.email)),
    h('span', { class: 'member-role' }, member.role),
    badge(member.status, member.status === 'Active' ? 'success' : 'warning'),
  );
}

function summary(team: readonly Member[]): string {
  const invited = team.filter((m) => m.status === 'Invited').length;
  const people = `${team.length} ${team.length === 1 ? 'person' : 'people'}`;
  return invited > 0 ? `${people} · ${invited} pending` : people;
}

export function renderTeam({ signal }: PageContext): HTMLElement {
  const list = h('ul', { class: 'member-list', 'data-testid': 'team-list', 'aria-label': 'Members' });
  const count = h('span', { class: 'panel-meta' });

  const renderList = (team: readonly Member[]): void => {
    list.replaceChildren(...team.map(memberRow));
    count.textContent = summary(team);
  };
  let rendered = getState().team;
  renderList(rendered);
  subscribe((state) => {
    if (state.team === rendered) return;
    rendered = state.team;
    renderList(rendered);
  }, signal);

  return page(
    'team',
    pageHeader('Team', 'Everyone who can answer conversations for your workspace.'),
    panel(
      'invite-panel',
      h('h2', null, 'Invite people'),
      h('p', { class: 'panel-subtitle' }, 'They’ll get an email with a link to join as an agent or admin.'),
      h('chatly-invite-form'),
    ),
    panel('members-panel', h('div', { class: 'panel-header' }, h('h2', null, 'Members'), count), list),
  );
}
