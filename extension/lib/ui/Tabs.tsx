import { useRef } from 'preact/hooks';

/**
 * A tab list: the selected tab is the only one in the Tab order, arrow keys (and Home / End)
 * move between tabs and select them.
 */
export function Tabs<T extends string>({ label, value, tabs, onChange }: { label: string; value: T; tabs: ReadonlyArray<readonly [T, string]>; onChange: (value: T) => void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = event.key === 'ArrowRight' ? (index + 1) % tabs.length : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1;
    if (next < 0) return;
    event.preventDefault();
    onChange(tabs[next]![0]);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div class="wm-tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map(([id, text], i) => (
        <button key={id} type="button" role="tab" class="wm-tab" aria-selected={value === id} tabIndex={value === id ? 0 : -1} onClick={() => onChange(id)} onKeyDown={(e) => onKeyDown(e, i)}>
          {text}
        </button>
      ))}
    </div>
  );
}
