import { useState } from 'preact/hooks';
import type { Connection } from '../dashboard/AnalyticsClient.ts';
import { saveConnection } from '../dashboard/connectionStore.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { useConnectionState } from './PanelContext.ts';
import { ServerConnectForm } from './ServerConnectForm.tsx';

/**
 * The team's Waymark server: once connected (URL + secret key, checked against the server),
 * drafts are shared through it and publishing makes releases there. The panel restarts on the
 * chosen backend.
 */
export function ServerSection({ server }: { server: Connection | null }) {
  const [editing, setEditing] = useState(false);
  const { pageSdk } = useConnectionState();
  const workLocally = async () => {
    await saveConnection(null);
    location.reload();
  };
  return (
    <section class="wm-stack" aria-label="Team server">
      {server && !editing ? (
        <Card>
          <div class="wm-stack wm-stack--tight">
            <p data-server-connected>Drafts and releases go to <strong class="panel-strong">{server.serverUrl}</strong>.</p>
            <div class="wm-row">
              <Button onClick={() => setEditing(true)}>Change key or server</Button>
              <Button variant="ghost" onClick={() => void workLocally()}>Work in this browser only</Button>
            </div>
          </div>
        </Card>
      ) : (
        <Card>
          <div class="wm-stack">
            {!server ? <p class="wm-muted">Drafts are kept in this browser only. Connect your Waymark server to share them with your team and publish to your app.</p> : null}
            <ServerConnectForm detectedUrl={pageSdk?.serverUrl} initial={server} {...(server ? { onCancel: () => setEditing(false) } : {})} />
          </div>
        </Card>
      )}
    </section>
  );
}
