import type { ComponentChildren } from 'preact';
import { Icon } from './Icon.tsx';
import { ChevronRight } from './icons.ts';

/** Progressive disclosure: advanced settings behind one summary line ("More options"). */
export function Disclosure({ summary, children, open }: { summary: string; children: ComponentChildren; open?: boolean }) {
  return (
    <details class="wm-disclosure" open={open}>
      <summary><Icon icon={ChevronRight} size={14} />{summary}</summary>
      <div class="wm-disclosure__body">{children}</div>
    </details>
  );
}
