import { useEffect, useRef, useState } from 'preact/hooks';
import type { Step } from '../../../shared/schema/step.ts';

const TYPE_NAMES: Record<Step['type'], string> = { tooltip: 'Tooltip', modal: 'Modal', bar: 'Bar', hotspot: 'Hotspot', survey: 'Survey' };

export interface StepListActions {
  select: (index: number) => void;
  move: (from: number, to: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
}

function stepLabel(step: Step): string {
  return step.title ?? (step.type === 'survey' ? step.survey.question : step.id);
}

/**
 * The flow's steps in order. Reorder by dragging the handle, with Alt+↑/↓ on a step, or with the
 * move buttons; duplicate and delete from each row.
 */
export function StepList({ steps, selected, actions }: { steps: Step[]; selected: number; actions: StepListActions }) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // A keyboard move saves first and re-renders later: keep focus on the moved step once it has.
  const focusId = useRef<string | null>(null);
  useEffect(() => {
    const id = focusId.current;
    if (!id) return;
    const row = Array.from(list.current?.querySelectorAll<HTMLElement>('[data-step-row]') ?? []).find((el) => el.dataset.stepRow === id);
    row?.querySelector<HTMLElement>('.step-select')?.focus();
    if (row && document.activeElement === row.querySelector('.step-select')) focusId.current = null;
  }, [steps]);

  return (
    <ol class="step-list" ref={list} aria-label="Steps">
      {steps.map((step, i) => (
        <li
          key={step.id}
          data-step-row={step.id}
          class={`step-row${i === selected ? ' selected' : ''}${over === i && dragging !== null && dragging !== i ? ' drop-target' : ''}`}
          onDragOver={(event) => {
            if (dragging === null) return;
            event.preventDefault();
            setOver(i);
          }}
          onDrop={(event) => {
            event.preventDefault();
            if (dragging !== null && dragging !== i) actions.move(dragging, i);
            setDragging(null);
            setOver(null);
          }}
        >
          <span
            class="drag-handle"
            draggable
            aria-hidden="true"
            title="Drag to reorder"
            onDragStart={(event) => {
              event.dataTransfer?.setData('text/plain', step.id);
              setDragging(i);
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
          >
            ⠿
          </span>
          <button
            type="button"
            class="step-select"
            aria-current={i === selected ? 'step' : undefined}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            onClick={() => actions.select(i)}
            onKeyDown={(event) => {
              if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
              event.preventDefault();
              const to = event.key === 'ArrowUp' ? i - 1 : i + 1;
              if (to < 0 || to >= steps.length) return;
              focusId.current = step.id;
              actions.move(i, to);
            }}
          >
            <span class="step-number">{i + 1}</span>
            <span class="step-title">{stepLabel(step)}</span>
            <span class="badge">{TYPE_NAMES[step.type]}</span>
            {step.url ? <span class="badge page">{step.url.value}</span> : null}
          </button>
          <span class="step-actions">
            <button type="button" aria-label={`Move step ${i + 1} up`} disabled={i === 0} onClick={() => actions.move(i, i - 1)}>↑</button>
            <button type="button" aria-label={`Move step ${i + 1} down`} disabled={i === steps.length - 1} onClick={() => actions.move(i, i + 1)}>↓</button>
            <button type="button" aria-label={`Duplicate step ${i + 1}`} onClick={() => actions.duplicate(i)}>⧉</button>
            <button type="button" aria-label={`Delete step ${i + 1}`} onClick={() => actions.remove(i)}>✕</button>
          </span>
        </li>
      ))}
    </ol>
  );
}
