import { useConnectionState } from './PanelContext.ts';

/** Messages that were dropped because they did not validate (from the page or between extension parts). */
export function Diagnostics() {
  const { dropped } = useConnectionState();
  if (!dropped.length) return null;
  return (
    <details class="diagnostics">
      <summary>{dropped.length} dropped message{dropped.length > 1 ? 's' : ''}</summary>
      <ul aria-label="Dropped messages">
        {dropped.map((d, i) => <li key={i}>Dropped a malformed message from the {d.source}: <code>{d.errors.join('; ')}</code></li>)}
      </ul>
    </details>
  );
}
