import { Theme } from '../../shared/schema/theme.ts';

const fields = Theme.def.shape;

/** The value when it passes its field's schema; theme options given to `init` reach here unvalidated. */
function valid<K extends keyof typeof fields>(key: K, value: unknown): boolean {
  return value !== undefined && fields[key].safeParse(value).success;
}

/**
 * Writes theme values as CSS custom properties through the CSSOM (no style attribute strings).
 * Each value is checked against the schema here, so none can break out of its property.
 */
export function applyTheme(element: HTMLElement, theme: Theme | undefined): void {
  const set = (name: string, key: 'brandColor' | 'textColor' | 'backgroundColor' | 'font') => {
    const value = theme?.[key];
    if (valid(key, value)) element.style.setProperty(name, value!);
    else element.style.removeProperty(name);
  };
  set('--wm-brand', 'brandColor');
  set('--wm-text', 'textColor');
  set('--wm-bg', 'backgroundColor');
  set('--wm-font', 'font');
  if (valid('radius', theme?.radius)) element.style.setProperty('--wm-radius', `${theme!.radius}px`);
  else element.style.removeProperty('--wm-radius');
  const dark = theme?.mode === 'dark' || (theme?.mode === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  element.classList.toggle('wm-dark', dark);
}
