import { useState } from 'preact/hooks';
import type { StepHealth } from '../../../shared/messages/contentCommand.ts';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { Activity } from '../ui/icons.ts';

const STATUS = { found: 'Found', missing: 'Missing', ambiguous: 'Ambiguous', no_anchor: 'No element needed' } as const;
const TONES = { found: 'success', missing: 'danger', ambiguous: 'warning', no_anchor: 'neutral' } as const;

/** For every flow targeting the current page: which steps' elements are missing or ambiguous here. */
export function HealthView() {
  const { connection, flows } = usePanel();
  const { tabId, pageUrl } = useConnectionState();
  const [results, setResults] = useState<StepHealth[] | null>(null);
  const [error, setError] = useState('');
  const check = async () => {
    const reply = await connection.send({
      type: 'health.check',
      flows: flows.map(({ flow }) => ({
        id: flow.id,
        name: flow.name,
        ...(flow.trigger.pages ? { pages: flow.trigger.pages } : {}),
        steps: flow.steps.map((s) => ({ id: s.id, ...(s.title ? { title: s.title } : {}), ...('anchor' in s && s.anchor ? { anchor: s.anchor } : {}), ...(s.url ? { url: s.url } : {}) })),
      })),
    });
    if (reply.type === 'health.result') {
      setResults(reply.steps);
      setError('');
    } else setError(reply.type === 'error' ? reply.message : 'Unexpected answer from the page.');
  };
  const problems = results?.filter((r) => r.status === 'missing' || r.status === 'ambiguous') ?? [];
  return (
    <div class="health">
      <p class="wm-muted">Checks every flow that targets the page in front: does each step still find its element here? Run it after your app changes.</p>
      <div class="wm-row wm-row--center">
        <Button variant="primary" icon={Activity} disabled={tabId === null} onClick={() => void check()}>Check this page</Button>
        {pageUrl ? <span class="wm-small wm-muted panel-ellipsis panel-grow">{new URL(pageUrl).pathname}</span> : null}
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {results ? (
        <>
          <p role="status" data-health-summary>{results.length === 0 ? 'No flow targets this page.' : problems.length ? `${problems.length} step${problems.length > 1 ? 's' : ''} with problems on this page.` : 'Every step targeting this page finds its element.'}</p>
          <table class="health-table">
            <thead><tr><th>Flow</th><th>Step</th><th>Element</th></tr></thead>
            <tbody>
              {results.map((r) => (
                <tr key={`${r.flowId}:${r.stepId}`} data-health={r.status}>
                  <td>{r.flowName}</td>
                  <td>{r.stepIndex + 1}. {r.stepTitle ?? r.stepId}</td>
                  <td><Badge tone={TONES[r.status]}>{STATUS[r.status]}{r.status === 'ambiguous' ? ` (${r.matches})` : ''}</Badge></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
