import { svg } from './dom';

const PATHS = {
  check: ['M20 6 9 17l-5-5'],
  chat: ['M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z'],
  copy: ['M9 9h11v11H9z', 'M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1'],
  sparkle: ['M12 3v4', 'M12 17v4', 'M3 12h4', 'M17 12h4', 'M6 6l2.5 2.5', 'M15.5 15.5 18 18', 'M6 18l2.5-2.5', 'M15.5 8.5 18 6'],
  arrowRight: ['M5 12h14', 'M13 6l6 6-6 6'],
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, extraClass = ''): SVGElement {
  return svg(
    'svg',
    {
      class: `icon ${extraClass}`.trim(),
      viewBox: '0 0 24 24',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    PATHS[name].map((d) => svg('path', { d })),
  );
}
