import type { IconNode } from 'lucide';

/**
 * One icon of the set the extension ships (lucide's SVG data, drawn as Preact elements). Icons are
 * decorative unless `label` is given; controls name themselves instead.
 */
export function Icon({ icon, size = 16, label, class: className }: { icon: IconNode; size?: number; label?: string; class?: string }) {
  return (
    <svg
      class={`wm-icon${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width={2}
      stroke-linecap="round"
      stroke-linejoin="round"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': 'true', focusable: 'false' })}
    >
      {icon.map(([tag, attrs], i) => {
        const Tag = tag as 'path';
        return <Tag key={i} {...(attrs as Record<string, string>)} />;
      })}
    </svg>
  );
}
