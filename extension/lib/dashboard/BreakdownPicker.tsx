import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';

import { breakdownParam } from './breakdownParam.ts';

export const breakdownLabel = (b: Breakdown): string => (b.by === 'device' ? 'Device' : b.by === 'version' ? 'Flow version' : `Trait “${b.trait}”`);

/** "Break down by": none, or one of the dimensions the report offers. */
export function BreakdownPicker({ id, options, value, onChange }: { id: string; options: readonly Breakdown[]; value: Breakdown | null; onChange: (value: Breakdown | null) => void }) {
  return (
    <div class="field breakdown-picker">
      <label for={id}>Break down by</label>
      <select
        id={id}
        value={value ? breakdownParam(value) : ''}
        onChange={(e) => {
          const chosen = (e.currentTarget as HTMLSelectElement).value;
          onChange(options.find((o) => breakdownParam(o) === chosen) ?? null);
        }}
      >
        <option value="">Nothing (everyone)</option>
        {options.map((o) => <option key={breakdownParam(o)} value={breakdownParam(o)}>{breakdownLabel(o)}</option>)}
      </select>
    </div>
  );
}
