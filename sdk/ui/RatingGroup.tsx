import { useRef } from 'preact/hooks';

/** A radio group of scores with roving focus: arrows move and select, Home/End jump. */
export function RatingGroup({ values, selected, onSelect, labelledBy }: { values: number[]; selected: number | null; onSelect: (value: number) => void; labelledBy: string }) {
  const groupRef = useRef<HTMLDivElement>(null);
  const focusable = selected ?? values[0];

  const move = (event: KeyboardEvent, current: number) => {
    const index = values.indexOf(current);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? values[Math.min(values.length - 1, index + 1)]
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? values[Math.max(0, index - 1)]
      : event.key === 'Home' ? values[0]
      : event.key === 'End' ? values[values.length - 1]
      : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onSelect(next);
    groupRef.current?.querySelector<HTMLElement>(`[data-value="${next}"]`)?.focus();
  };

  return (
    <div class="wm-rating" role="radiogroup" aria-labelledby={labelledBy} ref={groupRef}>
      {values.map((value) => (
        <button
          key={value}
          type="button"
          role="radio"
          class="wm-rating-option"
          aria-checked={selected === value}
          tabIndex={value === focusable ? 0 : -1}
          data-value={value}
          onClick={() => onSelect(value)}
          onKeyDown={(event) => move(event, value)}
        >
          {value}
        </button>
      ))}
    </div>
  );
}
