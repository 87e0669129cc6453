import type { NavKey } from './router';
import { getState, subscribe } from './store';

function setActiveNav(active: NavKey | null): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a[data-nav]')) {
    if (link.dataset.nav === active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function bindWorkspaceName(): void {
  const target = document.querySelector<HTMLElement>('[data-workspace-name]');
  if (!target) return;
  target.textContent = getState().workspaceName;
  subscribe((state) => {
    target.textContent = state.workspaceName;
  });
}

function bindHelpMenu(): () => void {
  const button = document.querySelector<HTMLButtonElement>('[data-testid="help-button"]');
  const menu = document.getElementById('help-menu');
  if (!button || !menu) return () => {};

  const close = (): void => {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  const open = (): void => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  };

  button.addEventListener('click', () => {
    if (!menu.hidden) {
      close();
      return;
    }
    const request = new CustomEvent('chatly:help-requested', { cancelable: true });
    if (window.dispatchEvent(request)) open();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !menu.hidden) {
      close();
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    const path = event.composedPath();
    if (!menu.hidden && !path.includes(menu) && !path.includes(button)) close();
  });
  menu.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a, button')) close();
  });
  return close;
}

export interface Layout {
  setActiveNav: (active: NavKey | null) => void;
  closeMenus: () => void;
}

export function initLayout(): Layout {
  bindWorkspaceName();
  const closeMenus = bindHelpMenu();
  return { setActiveNav, closeMenus };
}
