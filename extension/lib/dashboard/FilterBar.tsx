import { useState } from 'preact/hooks';
import type { DashboardFilter } from './AnalyticsClient.ts';
import type { ExperimentsReport } from './reports.ts';
import type { ReleaseNames } from './releaseNames.ts';

const DAY = 86_400_000;
const PRESETS = [
  ['all', 'All time'],
  ['7', 'Last 7 days'],
  ['30', 'Last 30 days'],
  ['90', 'Last 90 days'],
  ['custom', 'Custom range'],
] as const;

const dayStart = (value: string) => (value ? Date.parse(`${value}T00:00:00Z`) : undefined);

/** Date range, environment and variant: what every report is narrowed to. */
export function FilterBar({ filter, experiments, names = null, onChange }: { filter: DashboardFilter; experiments: ExperimentsReport | null; names?: ReleaseNames | null; onChange: (filter: DashboardFilter) => void }) {
  const [preset, setPreset] = useState<string>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const range = (next: string, customFrom = from, customTo = to): Pick<DashboardFilter, 'from' | 'to'> => {
    if (next === 'all') return {};
    if (next === 'custom') {
      const start = dayStart(customFrom);
      const end = dayStart(customTo);
      return { ...(start !== undefined ? { from: start } : {}), ...(end !== undefined ? { to: end + DAY } : {}) };
    }
    return { from: Date.now() - Number(next) * DAY };
  };
  const apply = (changes: Partial<DashboardFilter>, dates = range(preset)) => {
    const { from: _f, to: _t, ...rest } = { ...filter, ...changes };
    onChange({ ...rest, ...dates });
  };
  const variantValue = filter.variant ? `${filter.variant.experiment}|${filter.variant.variant}` : '';
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="filter-range">Date range</label>
        <select id="filter-range" value={preset} onChange={(e) => {
          const next = (e.currentTarget as HTMLSelectElement).value;
          setPreset(next);
          apply({}, range(next));
        }}>
          {PRESETS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      {preset === 'custom' ? (
        <>
          <div class="field">
            <label for="filter-from">From</label>
            <input id="filter-from" type="date" value={from} onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setFrom(value);
              apply({}, range('custom', value, to));
            }} />
          </div>
          <div class="field">
            <label for="filter-to">To (inclusive)</label>
            <input id="filter-to" type="date" value={to} onChange={(e) => {
              const value = (e.currentTarget as HTMLInputElement).value;
              setTo(value);
              apply({}, range('custom', from, value));
            }} />
          </div>
        </>
      ) : null}
      <div class="field">
        <label for="filter-env">Environment</label>
        <select id="filter-env" value={filter.env} onChange={(e) => apply({ env: (e.currentTarget as HTMLSelectElement).value as DashboardFilter['env'] })}>
          <option value="production">Production</option>
          <option value="staging">Staging</option>
        </select>
      </div>
      <div class="field">
        <label for="filter-variant">Users</label>
        <select id="filter-variant" value={variantValue} onChange={(e) => {
          const [experiment, variant] = (e.currentTarget as HTMLSelectElement).value.split('|');
          const { variant: _old, ...rest } = filter;
          onChange(experiment && variant ? { ...rest, variant: { experiment, variant } } : rest);
        }}>
          <option value="">All users</option>
          {(experiments?.experiments ?? []).flatMap((r) =>
            r.experiment.variants.map((v) => (
              <option key={`${r.experiment.key}/${v.key}`} value={`${r.experiment.key}|${v.key}`}>{`${r.experiment.name ?? r.experiment.key}: ${names?.variant(r.experiment.key, v.key) ?? v.key}`}</option>
            )),
          )}
        </select>
      </div>
      <div class="field">
        <label for="filter-release">Release</label>
        <input id="filter-release" type="number" min={1} step={1} inputMode="numeric" class="narrow" placeholder="Published" value={filter.release ?? ''} onChange={(e) => {
          const value = Number((e.currentTarget as HTMLInputElement).value);
          const { release: _r, ...rest } = filter;
          onChange(Number.isInteger(value) && value > 0 ? { ...rest, release: value } : rest);
        }} />
      </div>
      <div class="field">
        <label for="filter-flow-version">Flow version</label>
        <input id="filter-flow-version" type="number" min={1} step={1} inputMode="numeric" class="narrow" placeholder="Any" value={filter.flowVersion ?? ''} onChange={(e) => {
          const value = Number((e.currentTarget as HTMLInputElement).value);
          const { flowVersion: _v, ...rest } = filter;
          onChange(Number.isInteger(value) && value > 0 ? { ...rest, flowVersion: value } : rest);
        }} />
      </div>
      <p class="hint">Environment: only events sent by SDKs with that <code>server.env</code>, reported with the flows, milestones and experiments published there. Release: report on an earlier release instead (its flows at their versions). Flow version: only flow events of that version.</p>
    </form>
  );
}
