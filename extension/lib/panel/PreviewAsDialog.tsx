import { useId, useState } from 'preact/hooks';
import type { Flow } from '../../../shared/schema/flow.ts';
import { audienceVerdict } from '../flows/audienceVerdict.ts';
import { describeAudience } from '../flows/describeAudience.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Field } from '../ui/Field.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Check, X } from '../ui/icons.ts';
import { Notice } from '../ui/Notice.tsx';
import { usePanel } from './PanelContext.ts';

type Traits = Record<string, string | number | boolean>;

/** `plan: trial` lines as traits (numbers and true/false typed). */
export function parseTraits(text: string): Traits {
  const traits: Traits = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    const raw = line.slice(at + 1).trim();
    if (!key) continue;
    traits[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return traits;
}

/** Preview as a given user: their traits, and whether the flow's audience would include them, condition by condition. */
export function PreviewAsDialog({ flow, traits, onApply, onClose }: { flow: Flow; traits: Traits | null; onApply: (traits: Traits | null) => void; onClose: () => void }) {
  const { milestones, flows } = usePanel();
  const [text, setText] = useState(Object.entries(traits ?? { plan: 'trial' }).map(([k, v]) => `${k}: ${String(v)}`).join('\n'));
  const id = useId();
  const names = { milestone: (m: string) => milestones.find((x) => x.id === m)?.name ?? m, flow: (f: string) => flows.find((x) => x.flow.id === f)?.flow.name ?? f };
  const verdict = audienceVerdict(flow.audience, { traits: parseTraits(text) }, names);
  return (
    <Dialog
      title="Preview as a user"
      onClose={onClose}
      footer={
        <>
          {traits ? <Button variant="ghost" onClick={() => onApply(null)}>Preview as anyone</Button> : null}
          <Button variant="primary" onClick={() => onApply(parseTraits(text))}>Use these traits</Button>
        </>
      }
    >
      <p class="wm-muted">Audience: {describeAudience(flow.audience, names)}.</p>
      <Field id={id} label="User traits" help="One per line, e.g. plan: trial. Events and other flows count as never happened.">
        <textarea id={id} class="wm-textarea wm-textarea--code" rows={4} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </Field>
      <Notice tone={verdict.included ? 'success' : 'warning'} title={verdict.included ? 'This user would see the flow' : 'This user would not see the flow'} data-audience-verdict={verdict.included ? 'in' : 'out'}>
        {verdict.checks.length ? (
          <ul class="verdict-list">
            {verdict.checks.map((c) => <li key={c.text}><Icon icon={c.met ? Check : X} size={12} /> Users {c.text}</li>)}
          </ul>
        ) : null}
      </Notice>
    </Dialog>
  );
}
