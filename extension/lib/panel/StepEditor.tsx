import type { Flow } from '../../../shared/schema/flow.ts';
import { stepTypesByKind } from '../../../shared/schema/flow.ts';
import type { Step } from '../../../shared/schema/step.ts';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import { changeStepType } from '../flows/changeStepType.ts';
import { pathOf } from '../flows/pathOf.ts';
import { AdvanceEditor } from './AdvanceEditor.tsx';
import { AnchorField } from './AnchorField.tsx';
import { ButtonsEditor } from './ButtonsEditor.tsx';
import { ContentEditor } from './ContentEditor.tsx';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { Disclosure } from '../ui/Disclosure.tsx';
import { Button } from '../ui/Button.tsx';
import { useConnectionState } from './PanelContext.ts';
import { SurveyEditor } from './SurveyEditor.tsx';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';
import { OnMissingEditor, type OnMissing } from './OnMissingEditor.tsx';

const TYPE_NAMES: Record<Step['type'], string> = { tooltip: 'Tooltip', modal: 'Modal', bar: 'Bar', hotspot: 'Hotspot', survey: 'Survey' };
const PLACEMENTS = [
  ['auto', 'Where it fits best'], ['top', 'Above'], ['top-start', 'Above, left-aligned'], ['top-end', 'Above, right-aligned'], ['bottom', 'Below'],
  ['bottom-start', 'Below, left-aligned'], ['bottom-end', 'Below, right-aligned'], ['left', 'On the left'], ['left-start', 'On the left, top-aligned'],
  ['left-end', 'On the left, bottom-aligned'], ['right', 'On the right'], ['right-start', 'On the right, top-aligned'], ['right-end', 'On the right, bottom-aligned'],
] as const;

type AnyStep = Step & Record<string, unknown>;

/** Everything about one step: type, text, element, placement, page, buttons, advance rule. */
export function StepEditor({ flow, index, onChange }: { flow: Flow; index: number; onChange: (note: string, change: (step: Step) => Step) => void }) {
  const step = flow.steps[index] as AnyStep;
  const { pageUrl } = useConnectionState();
  const set = (changes: Record<string, unknown>, note: string) => {
    // Applied to the step as stored when the save runs (a pick may finish after other edits).
    onChange(note, (current) => {
      const next = { ...current, ...changes } as Record<string, unknown>;
      for (const key of Object.keys(changes)) if (changes[key] === undefined) delete next[key];
      return next as Step;
    });
  };
  const n = index + 1;
  const anchored = step.type === 'tooltip' || step.type === 'hotspot' || step.type === 'survey';
  const stepIds = flow.steps.map((s) => s.id);
  const stepType = (
    <SelectField
      label="Step type"
      visibleLabel="Show as"
      value={step.type}
      options={stepTypesByKind[flow.kind].map((type) => [type, TYPE_NAMES[type]] as const)}
      onCommit={(type) => onChange(`Step ${n}: type ${type}`, (current) => changeStepType(current, type))}
    />
  );
  return (
    <div class="step-editor wm-stack" aria-label={`Step ${n} editor`}>
      {step.type === 'survey' ? <SurveyEditor survey={step.survey} onCommit={(survey, note) => set({ survey }, `Step ${n}: ${note}`)} /> : null}
      {/* The SDK's survey card shows only the survey, so a survey step's title and content are not offered. */}
      {step.type !== 'survey' ? <TextField label="Title" value={step.title} onCommit={(title) => set({ title: title || undefined }, `Step ${n}: title`)} /> : null}
      {step.type !== 'survey' ? <ContentEditor label="Content" value={step.content} onCommit={(content) => set({ content }, `Step ${n}: content`)} /> : null}
      {anchored ? (
        <AnchorField
          label={step.type === 'survey' ? 'Next to an element (optional: without one the survey shows in the corner)' : 'Points at'}
          anchor={step.anchor as Anchor | undefined}
          purpose={`step:${flow.id}:${step.id}`}
          optional={step.type === 'survey'}
          onPicked={(picked) => set(picked ? { anchor: picked.anchor, ...(step.url ? {} : { url: { type: 'exact', value: pathOf(picked.url) } }) } : { anchor: undefined }, `Step ${n}: element`)}
          onIntent={(anchor) => set({ anchor }, `Step ${n}: which element`)}
        />
      ) : null}
      <Section title="Buttons">
        <ButtonsEditor buttons={step.buttons} max={step.type === 'bar' ? 2 : 4} stepIds={stepIds} onCommit={(buttons, note) => set({ buttons }, `Step ${n}: ${note}`)} />
      </Section>
      <Disclosure summary="More options">
        {stepType}
        {step.type === 'tooltip' || step.type === 'modal' ? (
          <SelectField
            label="Progress (“2 of 5”)"
            visibleLabel="Show progress (“2 of 5”)"
            value={step.showProgress === undefined ? 'default' : step.showProgress ? 'show' : 'hide'}
            options={[['default', 'When the tour has several steps'], ['show', 'Always'], ['hide', 'Never']] as const}
            onCommit={(v) => set({ showProgress: v === 'default' ? undefined : v === 'show' }, `Step ${n}: progress`)}
          />
        ) : null}
        {anchored ? (
          <SelectField label="Placement" visibleLabel="Position next to the element" value={(step.placement as string | undefined) ?? 'auto'} options={PLACEMENTS} onCommit={(placement) => set({ placement: placement === 'auto' ? undefined : placement }, `Step ${n}: placement`)} />
        ) : null}
        {step.type === 'tooltip' ? <CheckboxField label="Dim the page around the element" checked={step.backdrop === true} onCommit={(backdrop) => set({ backdrop: backdrop || undefined }, `Step ${n}: backdrop`)} /> : null}
        {step.type === 'bar' ? (
          <>
            <SelectField label="Position" visibleLabel="Show the bar at the" value={step.position ?? 'top'} options={[['top', 'Top of the page'], ['bottom', 'Bottom of the page']] as const} onCommit={(position) => set({ position }, `Step ${n}: position`)} />
            <CheckboxField label="Users can close it" checked={step.dismissible !== false} onCommit={(dismissible) => set({ dismissible: dismissible ? undefined : false }, `Step ${n}: dismissible`)} />
          </>
        ) : null}
        {step.type === 'modal' ? (
          <SelectField label="Size" value={step.size ?? 'medium'} options={[['small', 'Small'], ['medium', 'Medium'], ['large', 'Large']] as const} onCommit={(size) => set({ size }, `Step ${n}: size`)} />
        ) : null}
        {anchored ? <OnMissingEditor value={step.onMissing as OnMissing | undefined} onCommit={(onMissing) => set({ onMissing }, `Step ${n}: missing element`)} /> : null}
        <div class="wm-stack wm-stack--tight">
          {step.url ? (
            <UrlRuleEditor label="Step page" visibleLabel="Show this step on pages where the address" rule={step.url} onCommit={(url) => set({ url }, `Step ${n}: page`)} />
          ) : (
            <p class="wm-small wm-muted">Shows on whatever page the flow is on.</p>
          )}
          <div class="wm-row">
            {step.url ? <Button size="sm" variant="ghost" onClick={() => set({ url: undefined }, `Step ${n}: any page`)}>Any page</Button> : null}
            {pageUrl ? <Button size="sm" onClick={() => set({ url: { type: 'exact', value: pathOf(pageUrl) } }, `Step ${n}: page`)}>Use current page ({pathOf(pageUrl)})</Button> : null}
          </div>
        </div>
        <AdvanceEditor value={step.advanceOn} onCommit={(advanceOn) => set({ advanceOn }, `Step ${n}: advance rule`)} />
      </Disclosure>
    </div>
  );
}
