import { useRef } from 'preact/hooks';

/**
 * A small set of exclusive choices shown side by side (a radio group): arrow keys move the
 * choice, Tab leaves the group.
 */
export function SegmentedControl<T extends string>({ label, value, options, onChange, block }: { label: string; value: T; options: ReadonlyArray<readonly [T, string]>; onChange: (value: T) => void; block?: boolean }) {
  const group = useRef<HTMLDivElement>(null);
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + options.length) % options.length;
    onChange(options[next]![0]);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[next]?.focus();
  };
  return (
    <div ref={group} class={`wm-segmented${block ? ' wm-segmented--block' : ''}`} role="radiogroup" aria-label={label}>
      {options.map(([v, text], i) => (
        // With no option chosen, the first one takes the Tab stop so the group stays reachable.
        <button
          key={v}
          type="button"
          role="radio"
          class="wm-segmented__option"
          aria-checked={v === value}
          tabIndex={v === value || (i === 0 && !options.some(([o]) => o === value)) ? 0 : -1}
          onClick={() => onChange(v)}
          onKeyDown={(e) => move(e, i)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
