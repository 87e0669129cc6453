import type { Flow, Frequency } from '../../../shared/schema/flow.ts';
import type { JourneyStage } from '../../../shared/schema/primitives.ts';
import { AnchorField } from './AnchorField.tsx';
import { AudienceEditor } from './AudienceEditor.tsx';
import { CheckboxField, NumberField, Section, SelectField, TextField } from './fields.tsx';
import { PageRulesEditor } from './PageRulesEditor.tsx';
import { usePanel } from './PanelContext.ts';

export const STAGES: ReadonlyArray<readonly [JourneyStage, string]> = [
  ['acquisition', 'Acquisition'], ['activation', 'Activation'], ['adoption', 'Adoption'], ['retention', 'Retention'], ['expansion', 'Expansion'], ['advocacy', 'Advocacy'],
];
const FREQUENCIES = [['once', 'Once'], ['every_session', 'Every session'], ['until_completed', 'Until completed'], ['every_n_days', 'Every N days']] as const;

type Edit = (note: string, mutate: (flow: Flow) => void) => void;

/** Where, to whom, how often and why the flow shows: trigger, audience, frequency, priority, goal, stage. */
export function SettingsEditor({ flow, edit }: { flow: Flow; edit: Edit }) {
  const { milestones } = usePanel();
  const trigger = flow.trigger;
  const setFrequency = (type: Frequency['type']) => edit('Frequency', (f) => {
    f.frequency = type === 'every_n_days' ? { type, days: 7 } : { type };
  });
  return (
    <div class="settings">
      <Section title="Pages">
        <PageRulesEditor rules={trigger.pages} onCommit={(pages, note) => edit(note, (f) => {
          if (pages) f.trigger.pages = pages;
          else delete f.trigger.pages;
        })} />
      </Section>
      <Section title="Trigger">
        <CheckboxField label="Only when started from code (start())" checked={trigger.manual === true} onCommit={(manual) => edit('Trigger: manual', (f) => {
          if (manual) f.trigger.manual = true;
          else delete f.trigger.manual;
        })} />
        <TextField label="Start when this event is tracked" value={trigger.event} onCommit={(event) => edit('Trigger: event', (f) => {
          if (event) f.trigger.event = event;
          else delete f.trigger.event;
        })} />
        <NumberField label="Delay (ms)" value={trigger.delayMs} min={0} max={600000} onCommit={(delayMs) => edit('Trigger: delay', (f) => {
          if (delayMs) f.trigger.delayMs = delayMs;
          else delete f.trigger.delayMs;
        })} />
        <AnchorField label="Only when this element is on the page" anchor={trigger.elementPresent} purpose={`trigger:${flow.id}`} optional onPicked={(picked) => edit('Trigger: element', (f) => {
          if (picked) f.trigger.elementPresent = picked.anchor;
          else delete f.trigger.elementPresent;
        })} />
      </Section>
      <Section title="Audience">
        <AudienceEditor audience={flow.audience} onChange={(change, note) => edit(note, (f) => {
          const audience = change(f.audience);
          if (audience) f.audience = audience;
          else delete f.audience;
        })} />
      </Section>
      <Section title="Frequency and priority">
        <SelectField label="Show" value={flow.frequency.type} options={FREQUENCIES} onCommit={setFrequency} />
        {flow.frequency.type === 'every_n_days' ? (
          <NumberField label="Days" value={flow.frequency.days} min={1} onCommit={(days) => edit('Frequency days', (f) => {
            f.frequency = { type: 'every_n_days', days: days ?? 7 };
          })} />
        ) : null}
        <NumberField label="Version" value={flow.version} min={1} hint="Raise it when the flow changes meaningfully: people part-way through start again, and reports can be split by version." onCommit={(version) => edit('Version', (f) => {
          if (version !== undefined && Number.isInteger(version) && version > 0) f.version = version;
        })} />
        <NumberField label="Priority" value={flow.priority} min={-1000} max={1000} onCommit={(priority) => edit('Priority', (f) => {
          if (priority === undefined) delete f.priority;
          else f.priority = priority;
        })} />
      </Section>
      <Section title="Goal and journey">
        <SelectField
          label="Goal milestone"
          value={flow.goal?.milestone ?? ''}
          options={[['', 'None'], ...milestones.map((m) => [m.id, m.name] as const)]}
          onCommit={(milestone) => edit('Goal', (f) => {
            if (milestone) f.goal = { ...f.goal, milestone };
            else delete f.goal;
          })}
        />
        {flow.goal ? <NumberField label="Goal within days" value={flow.goal.withinDays} min={1} max={365} onCommit={(withinDays) => edit('Goal window', (f) => {
          if (!f.goal) return;
          if (withinDays) f.goal.withinDays = withinDays;
          else delete f.goal.withinDays;
        })} /> : null}
        <SelectField label="Journey stage" value={flow.journeyStage ?? ''} options={[['', 'None'], ...STAGES] as const} onCommit={(stage) => edit('Journey stage', (f) => {
          if (stage) f.journeyStage = stage as JourneyStage;
          else delete f.journeyStage;
        })} />
      </Section>
    </div>
  );
}
