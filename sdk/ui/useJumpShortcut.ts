import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import { focusInitial } from './focus.ts';

/** The documented shortcut to reach a non-modal step from the page: Alt+Shift+W (⌥⇧W). */
export const JUMP_SHORTCUT = 'Alt+Shift+W';

/** What the shortcut moves focus to, first present wins: a tooltip, a survey, a hotspot's beacon, the checklist. */
const TARGETS = ['[data-wm-kind="tooltip"]', '[data-wm-kind="survey"]', '[data-wm-kind="hotspot"]', '[data-wm-kind="checklist"] .wm-launcher'];

/**
 * Alt+Shift+W moves focus into the step on screen (non-modal steps never take it on their own).
 * Matched on the physical key, so it works on layouts where Alt+Shift+W types a character.
 */
export function useJumpShortcut(layer: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const doc = layer.current?.ownerDocument;
    if (!doc) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyW')) return;
      const container = layer.current;
      const target = container && TARGETS.map((selector) => container.querySelector<HTMLElement>(selector)).find(Boolean);
      if (!target) return;
      event.preventDefault();
      if (target.matches('button')) target.focus({ preventScroll: true });
      else focusInitial(target);
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, []);
}
