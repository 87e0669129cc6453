import type { Theme } from '../../shared/schema/theme.ts';

/**
 * Writes theme values as CSS custom properties through the CSSOM (no style attribute strings).
 * The theme has been through `safeTheme` (engine/safeTheme.ts), so no value can break out of its property.
 */
export function applyTheme(element: HTMLElement, theme: Theme | undefined): void {
  const set = (name: string, value: string | undefined) => (value === undefined ? element.style.removeProperty(name) : element.style.setProperty(name, value));
  set('--wm-brand', theme?.brandColor);
  set('--wm-text', theme?.textColor);
  set('--wm-bg', theme?.backgroundColor);
  set('--wm-font', theme?.font);
  set('--wm-radius', theme?.radius === undefined ? undefined : `${theme.radius}px`);
  const dark = theme?.mode === 'dark' || (theme?.mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  element.classList.toggle('wm-dark', dark);
}
