import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { SiteAccess } from './SiteAccess.tsx';

/** The sites Waymark may work on (optional host permissions), each removable; another can be added. */
export function SitesView() {
  const { connection } = usePanel();
  const { sites } = useConnectionState();
  return (
    <div class="wm-stack">
      <p class="wm-muted">Waymark only sees the sites you allow. It reads their pages while this panel is open, to pick elements and preview flows.</p>
      {sites.length ? (
        <ul class="panel-list" aria-label="Connected sites">
          {sites.map((origin) => (
            <li key={origin} class="wm-card panel-list__row">
              <Badge tone="success" dot>Allowed</Badge>
              <span class="panel-grow panel-ellipsis">{origin}</span>
              <Button size="sm" variant="ghost" aria-label={`Disconnect ${origin}`} onClick={() => void connection.disconnect(origin)}>Remove</Button>
            </li>
          ))}
        </ul>
      ) : null}
      <SiteAccess />
    </div>
  );
}
