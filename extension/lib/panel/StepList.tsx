import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { matchUrlRule, toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import { Badge } from '../ui/Badge.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ArrowDown, ArrowUp, Copy, Eye, GripVertical, Trash2 } from '../ui/icons.ts';
import { Menu } from '../ui/Menu.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { StepThumbnail } from './StepThumbnail.tsx';

export const TYPE_NAMES: Record<Step['type'], string> = { tooltip: 'Tooltip', modal: 'Modal', bar: 'Bar', hotspot: 'Hotspot', survey: 'Survey' };

export interface StepListActions {
  select: (index: number) => void;
  move: (from: number, to: number) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
  preview: (index: number) => void;
}

/** The step as a PM scans for it: its title, else its question or the start of its text. */
function stepLabel(step: Step): string {
  if (step.title) return step.title;
  if (step.type === 'survey') return step.survey.question;
  const first = step.content?.flatMap((block) => ('children' in block ? block.children : [])).map((node) => ('text' in node ? node.text : '')).join('').trim();
  return first || `${TYPE_NAMES[step.type]} step`;
}

/** Whether the step's element is on the page in front: found, ambiguous, missing, or on another page. */
function AnchorHealth({ step }: { step: Step }) {
  const { connection } = usePanel();
  const { tabId, pageUrl } = useConnectionState();
  const [matches, setMatches] = useState<number | null>(null);
  const anchor = 'anchor' in step ? step.anchor : undefined;
  const here = !step.url || (pageUrl !== null && matchUrlRule(step.url, toPageLocation(pageUrl)));
  useEffect(() => {
    setMatches(null);
    if (!anchor || tabId === null || !here) return;
    let live = true;
    void connection.send({ type: 'anchor.check', anchor }).then((reply) => {
      if (live && reply.type === 'anchor.result') setMatches(reply.matches);
    });
    return () => {
      live = false;
    };
  }, [anchor, tabId, pageUrl, here]);
  if (step.type === 'tooltip' || step.type === 'hotspot') {
    if (!anchor) return <Badge tone="danger" data-anchor-health="none">No element</Badge>;
  }
  if (!anchor || !here || matches === null) return null;
  if (matches === 1) return <Badge tone="success" data-anchor-health="found">Found</Badge>;
  if (matches === 0) return <Badge tone="danger" data-anchor-health="missing">Not on this page</Badge>;
  return <Badge tone="warning" data-anchor-health="ambiguous">{matches} matches</Badge>;
}

/**
 * The flow's steps as cards: number, title, kind, page and whether its element is found here; the
 * selected card opens its editor right under it. Reorder by dragging the handle, with Alt+↑/↓,
 * or from the card's menu (move, duplicate, preview from here, delete).
 */
export function StepList({ flow, selected, actions, editor }: { flow: Flow; selected: number; actions: StepListActions; editor: ComponentChildren }) {
  const steps = flow.steps;
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
          class={`step-card wm-card${i === selected ? ' step-card--selected' : ''}${over === i && dragging !== null && dragging !== i ? ' step-card--drop' : ''}`}
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
          <div class="step-card__head">
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
              <Icon icon={GripVertical} />
            </span>
            <button
              type="button"
              class="step-select"
              aria-current={i === selected ? 'step' : undefined}
              aria-expanded={i === selected}
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
              <span class="step-number" aria-hidden="true">{i + 1}</span>
              <span class="step-card__text">
                <span class="step-title">{stepLabel(step)}</span>
                <span class="step-card__meta">
                  <span>{TYPE_NAMES[step.type]}</span>
                  {step.url ? <span class="step-card__page" data-step-page>{step.url.value}</span> : null}
                </span>
              </span>
            </button>
            <AnchorHealth step={step} />
            <Menu
              label={`Step ${i + 1} actions`}
              items={[
                { label: 'Preview from this step', icon: Eye, onSelect: () => actions.preview(i) },
                { label: 'Move up', icon: ArrowUp, disabled: i === 0, onSelect: () => actions.move(i, i - 1) },
                { label: 'Move down', icon: ArrowDown, disabled: i === steps.length - 1, onSelect: () => actions.move(i, i + 1) },
                { label: 'Duplicate', icon: Copy, onSelect: () => actions.duplicate(i) },
                { label: 'Delete step', icon: Trash2, danger: true, separated: true, onSelect: () => actions.remove(i) },
              ]}
            />
          </div>
          <StepThumbnail flow={flow} index={i} />
          {i === selected ? <div class="step-card__editor">{editor}</div> : null}
        </li>
      ))}
    </ol>
  );
}
