import type { Flow, Frequency } from '../../../shared/schema/flow.ts';
import type { JourneyStage } from '../../../shared/schema/primitives.ts';
import { Disclosure } from '../ui/Disclosure.tsx';
import { SegmentedControl } from '../ui/SegmentedControl.tsx';
import { AnchorField } from './AnchorField.tsx';
import { AudienceEditor } from './AudienceEditor.tsx';
import { NumberField, Section, SelectField, TextField } from './fields.tsx';
import { PageRulesEditor } from './PageRulesEditor.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';

export const STAGES: ReadonlyArray<readonly [JourneyStage, string]> = [
  ['acquisition', 'Acquisition'], ['activation', 'Activation'], ['adoption', 'Adoption'], ['retention', 'Retention'], ['expansion', 'Expansion'], ['advocacy', 'Advocacy'],
];
const FREQUENCIES = [['once', 'Once per user'], ['every_session', 'Once per visit (session)'], ['until_completed', 'Until they complete it'], ['every_n_days', 'Again every few days']] as const;
type StartMode = 'pages' | 'event' | 'manual';
const START_MODES: ReadonlyArray<readonly [StartMode, string]> = [['pages', 'On pages'], ['event', 'On an event'], ['manual', 'From your code']];
const PRIORITIES: ReadonlyArray<readonly [string, string]> = [['10', 'Before others'], ['0', 'Normal'], ['-10', 'After others']];

type Edit = (note: string, mutate: (flow: Flow) => void) => void;

const startMode = (trigger: Flow['trigger']): StartMode => (trigger.manual ? 'manual' : trigger.event ? 'event' : 'pages');

/** Where, to whom, how often and why the flow shows, in the end user's terms: when it starts, who sees it, how often, what success is. */
export function SettingsEditor({ flow, edit }: { flow: Flow; edit: Edit }) {
  const { milestones } = usePanel();
  const { seenEvents } = useConnectionState();
  const trigger = flow.trigger;
  const mode = startMode(trigger);
  const setFrequency = (type: Frequency['type']) => edit('Frequency', (f) => {
    f.frequency = type === 'every_n_days' ? { type, days: 7 } : { type };
  });
  const setMode = (next: StartMode) => edit(`Starts: ${next}`, (f) => {
    if (next === 'manual') {
      f.trigger.manual = true;
      delete f.trigger.event;
    } else {
      delete f.trigger.manual;
      if (next === 'event') f.trigger.event = f.trigger.event ?? seenEvents[0] ?? 'event_name';
      else delete f.trigger.event;
    }
  });
  const priority = flow.priority ?? 0;
  return (
    <div class="settings">
      <Section title="When it starts">
        <SegmentedControl label="Start the flow" value={mode} options={START_MODES} onChange={setMode} block />
        {mode === 'manual' ? (
          <p class="wm-small wm-muted">Starts only when your app calls <code>waymark.start('{flow.id}')</code>, e.g. from a “What’s new” button.</p>
        ) : null}
        {mode === 'event' ? (
          <TextField label="Start when this event is tracked" value={trigger.event} hint={seenEvents.length ? `Your page tracked: ${seenEvents.join(', ')}` : 'The name your app passes to waymark.track().'} onCommit={(event) => edit('Trigger: event', (f) => {
            if (event) f.trigger.event = event;
            else delete f.trigger.event;
          })} />
        ) : null}
        {mode !== 'manual' ? (
          <PageRulesEditor rules={trigger.pages} optional={mode === 'event'} onCommit={(pages, note) => edit(note, (f) => {
            if (pages) f.trigger.pages = pages;
            else delete f.trigger.pages;
          })} />
        ) : null}
        <NumberField
          label="Wait before showing (seconds)"
          value={trigger.delayMs === undefined ? undefined : trigger.delayMs / 1000}
          min={0}
          max={600}
          step={0.5}
          hint="Let the page settle first. Empty or 0: show at once."
          onCommit={(seconds) => edit('Trigger: delay', (f) => {
            if (seconds) f.trigger.delayMs = Math.round(seconds * 1000);
            else delete f.trigger.delayMs;
          })}
        />
        <AnchorField label="Only when this element is on the page (optional)" anchor={trigger.elementPresent} purpose={`trigger:${flow.id}`} optional onPicked={(picked) => edit('Trigger: element', (f) => {
          if (picked) f.trigger.elementPresent = picked.anchor;
          else delete f.trigger.elementPresent;
        })} />
      </Section>
      <Section title="Who sees it">
        <AudienceEditor audience={flow.audience} onChange={(change, note) => edit(note, (f) => {
          const audience = change(f.audience);
          if (audience) f.audience = audience;
          else delete f.audience;
        })} />
      </Section>
      <Section title="How often">
        <div class="wm-row">
          <SelectField label="Show" visibleLabel="Show it" value={flow.frequency.type} options={FREQUENCIES} onCommit={setFrequency} />
          {flow.frequency.type === 'every_n_days' ? (
            <NumberField label="Days" visibleLabel="Every (days)" value={flow.frequency.days} min={1} onCommit={(days) => edit('Frequency days', (f) => {
              f.frequency = { type: 'every_n_days', days: days ?? 7 };
            })} />
          ) : null}
        </div>
        <div class="wm-field">
          <span class="wm-field__label">When another flow could show at the same time</span>
          <SegmentedControl label="Priority" value={PRIORITIES.some(([v]) => Number(v) === priority) ? String(priority) : ''} options={PRIORITIES} onChange={(v) => edit('Priority', (f) => {
            if (v === '0') delete f.priority;
            else f.priority = Number(v);
          })} />
          <small class="wm-field__help">Tours, modals and surveys show one at a time; the one shown first waits for nothing.</small>
        </div>
      </Section>
      <Section title="What success is">
        <div class="wm-row">
          <SelectField
            label="Goal milestone"
            visibleLabel="Success when users reach"
            value={flow.goal?.milestone ?? ''}
            options={[['', 'No goal'], ...milestones.map((m) => [m.id, m.name] as const)]}
            onCommit={(milestone) => edit('Goal', (f) => {
              if (milestone) f.goal = { ...f.goal, milestone };
              else delete f.goal;
            })}
          />
          {flow.goal ? <NumberField label="Goal within days" visibleLabel="Within (days)" value={flow.goal.withinDays} min={1} max={365} onCommit={(withinDays) => edit('Goal window', (f) => {
            if (!f.goal) return;
            if (withinDays) f.goal.withinDays = withinDays;
            else delete f.goal.withinDays;
          })} /> : null}
        </div>
        <SelectField label="Journey stage" visibleLabel="Journey stage it belongs to" value={flow.journeyStage ?? ''} options={[['', 'None'], ...STAGES] as const} onCommit={(stage) => edit('Journey stage', (f) => {
          if (stage) f.journeyStage = stage as JourneyStage;
          else delete f.journeyStage;
        })} />
      </Section>
      <Disclosure summary="Advanced">
        <NumberField label="Priority" visibleLabel="Priority (number)" value={flow.priority} min={-1000} max={1000} hint="Higher shows first, from −1000 to 1000; 0 is normal." onCommit={(p) => edit('Priority', (f) => {
          if (p === undefined || p === 0) delete f.priority;
          else f.priority = p;
        })} />
        <NumberField label="Version" value={flow.version} min={1} hint="Raise it when the flow changes meaningfully: people part-way through start again, and reports can be split by version." onCommit={(version) => edit('Version', (f) => {
          if (version !== undefined && Number.isInteger(version) && version > 0) f.version = version;
        })} />
        <p class="wm-small wm-muted">Flow id: <code>{flow.id}</code></p>
      </Disclosure>
    </div>
  );
}
