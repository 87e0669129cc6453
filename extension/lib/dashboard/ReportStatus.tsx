import type { ComponentChildren } from 'preact';
import type { ReportState } from './useReport.ts';

/** Loading and error states of one report; its content once it is ready. */
export function ReportStatus<T>({ state, label, children }: { state: ReportState<T>; label: string; children: (data: T) => ComponentChildren }) {
  if (state.status === 'loading') return <p class="muted" role="status">Loading {label}…</p>;
  if (state.status === 'error') return <p class="error" role="alert">Could not load {label}: {state.message}</p>;
  return <>{children(state.data)}</>;
}
