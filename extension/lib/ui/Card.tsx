import type { ComponentChildren, HTMLAttributes } from 'preact';

/** A surface that groups one thing (a flow, a step, a milestone). */
export function Card({ padded = true, selected, interactive, children, class: className, ...rest }: HTMLAttributes<HTMLDivElement> & { padded?: boolean; selected?: boolean; interactive?: boolean; children?: ComponentChildren }) {
  const classes = ['wm-card', padded ? 'wm-card--padded' : '', interactive ? 'wm-card--interactive' : '', selected ? 'wm-card--selected' : '', typeof className === 'string' ? className : ''].filter(Boolean).join(' ');
  return <div class={classes} {...rest}>{children}</div>;
}
