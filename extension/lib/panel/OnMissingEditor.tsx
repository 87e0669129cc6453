import type * as z from 'zod/mini';
import type { OnMissing as OnMissingSchema } from '../../../shared/schema/step.ts';
import { NumberField, SelectField } from './fields.tsx';

export type OnMissing = z.infer<typeof OnMissingSchema>;

const POLICIES = [['default', 'End the flow (default)'], ['end', 'End the flow'], ['skip', 'Skip this step'], ['wait', 'Keep waiting until it appears']] as const;

/** What happens when the step's element cannot be found: the policy and how long to wait first. */
export function OnMissingEditor({ value, onCommit }: { value: OnMissing | undefined; onCommit: (value: OnMissing | undefined) => void }) {
  return (
    <div class="wm-row on-missing">
      <SelectField
        label="If the element is missing"
        visibleLabel="If the element isn’t on the page"
        value={value?.policy ?? 'default'}
        options={POLICIES}
        onCommit={(policy) => onCommit(policy === 'default' ? undefined : { ...value, policy })}
      />
      {value ? (
        <NumberField label="Wait for the element (seconds)" visibleLabel="Wait up to (seconds)" hint="Default 10 seconds." value={value.timeoutMs === undefined ? undefined : value.timeoutMs / 1000} min={0.1} max={600} onCommit={(seconds) => {
          const next: OnMissing = { policy: value.policy };
          if (seconds !== undefined && seconds > 0) next.timeoutMs = Math.round(seconds * 1000);
          onCommit(next);
        }} />
      ) : null}
    </div>
  );
}
