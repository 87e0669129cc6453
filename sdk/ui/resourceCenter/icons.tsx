import type { LauncherIcon } from '../../../shared/schema/resourceCenter.ts';

/** Outline icons (24 px grid, drawn with currentColor), after the lucide set. */
const PATHS = {
  help: ['M9.09 9a3 3 0 0 1 5.83 1c0 2-3 3-3 3', 'M12 17h.01'],
  book: ['M2 3h6a4 4 0 0 1 4 4v14a3 3 0 0 0-3-3H2z', 'M22 3h-6a4 4 0 0 0-4 4v14a3 3 0 0 1 3-3h7z'],
  sparkles: ['M12 3l-1.9 5.8a2 2 0 0 1-1.3 1.3L3 12l5.8 1.9a2 2 0 0 1 1.3 1.3L12 21l1.9-5.8a2 2 0 0 1 1.3-1.3L21 12l-5.8-1.9a2 2 0 0 1-1.3-1.3z'],
  chat: ['M7.9 20A9 9 0 1 0 4 16.1L2 22z'],
  compass: ['M16.24 7.76l-2.12 6.36-6.36 2.12 2.12-6.36z'],
  search: ['M21 21l-4.3-4.3', 'M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16z'],
  back: ['M12 19l-7-7 7-7', 'M19 12H5'],
  chevron: ['M9 18l6-6-6-6'],
  external: ['M15 3h6v6', 'M10 14L21 3', 'M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6'],
  play: ['M6 3l14 9-14 9z'],
  check: ['M20 6L9 17l-5-5'],
  close: ['M18 6L6 18', 'M6 6l12 12'],
} as const;

export type IconName = keyof typeof PATHS;

const CIRCLED = new Set<IconName>(['help', 'compass']);

export function Icon({ name, size = 18 }: { name: IconName | LauncherIcon; size?: number }) {
  return (
    <svg class="wm-icon" width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      {CIRCLED.has(name) ? <circle cx="12" cy="12" r="10" /> : null}
      {PATHS[name].map((d) => <path key={d} d={d} />)}
    </svg>
  );
}
