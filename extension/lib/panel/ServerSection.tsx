import { useState } from 'preact/hooks';
import type { Connection } from '../dashboard/AnalyticsClient.ts';
import { ConnectForm } from '../dashboard/ConnectForm.tsx';
import { saveConnection } from '../dashboard/connectionStore.ts';

/**
 * The team's Waymark server: once connected (URL + secret key, checked against the server),
 * drafts are shared through it and "Publish all" makes a release there. The panel restarts on
 * the chosen backend.
 */
export function ServerSection({ server }: { server: Connection | null }) {
  const [editing, setEditing] = useState(false);
  const switchTo = async (next: Connection | null) => {
    await saveConnection(next);
    location.reload();
  };
  return (
    <section class="server-section" aria-label="Team server">
      <h3>Team server</h3>
      {server && !editing ? (
        <p data-server-connected>
          Drafts and releases go to <strong>{server.serverUrl}</strong>.{' '}
          <button type="button" onClick={() => setEditing(true)}>Change</button>{' '}
          <button type="button" onClick={() => void switchTo(null)}>Work locally</button>
        </p>
      ) : editing || !server ? (
        <>
          {!server ? <p class="hint">Drafts are kept in this browser only. Connect your Waymark server to share them and publish to your app.</p> : null}
          <ConnectForm initial={server} onConnect={(next) => void switchTo(next)} {...(server ? { onCancel: () => setEditing(false) } : {})} />
        </>
      ) : null}
    </section>
  );
}
