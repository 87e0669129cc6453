import { useEffect, useState } from 'preact/hooks';
import { ApiRequestError } from '../../../shared/api/ApiRequestError.ts';

export type ReportState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

/** Loads a report whenever `deps` change; a newer request wins over a slower older one. */
export function useReport<T>(load: () => Promise<T>, deps: readonly unknown[]): ReportState<T> {
  const [state, setState] = useState<ReportState<T>>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof ApiRequestError ? error.reason : error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, deps);
  return state;
}
