import { h, initials, type Child } from './dom';

export function page(name: string, ...children: Child[]): HTMLElement {
  return h('div', { class: `page page-${name}` }, children);
}

export function pageHeader(title: string, subtitle: string, actions?: Child): HTMLElement {
  return h(
    'header',
    { class: 'page-header' },
    h('div', { class: 'page-heading' }, h('h1', null, title), h('p', { class: 'page-subtitle' }, subtitle)),
    actions ? h('div', { class: 'page-actions' }, actions) : null,
  );
}

export function panel(className: string, ...children: Child[]): HTMLElement {
  return h('section', { class: `panel ${className}` }, children);
}

export function badge(text: string, tone: 'neutral' | 'success' | 'warning' | 'brand' = 'neutral'): HTMLElement {
  return h('span', { class: `badge badge-${tone}` }, text);
}

export function avatar(name: string, size: 'sm' | 'md' = 'md'): HTMLElement {
  return h('span', { class: `avatar avatar-${size}`, 'aria-hidden': 'true' }, initials(name));
}

export function statusMessage(id: string): HTMLElement {
  return h('p', { class: 'status-message', role: 'status', id });
}

export function showStatus(el: HTMLElement, text: string): void {
  el.textContent = text;
  el.classList.toggle('is-visible', text !== '');
}
