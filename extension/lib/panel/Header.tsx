import { ENVIRONMENTS, type Environment } from '../storage/FlowRepository.ts';
import { Globe, History, Server, Download, ExternalLink, Link } from '../ui/icons.ts';
import { Icon } from '../ui/Icon.tsx';
import { Menu } from '../ui/Menu.tsx';
import { SegmentedControl } from '../ui/SegmentedControl.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { ENV_NAMES } from './StatusBadge.tsx';

export type MenuView = 'releases' | 'bundle' | 'server' | 'sites';

/** The panel's header: the site and page being built on, where drafts live, the environment switch and the project menu. */
export function Header({ onOpen }: { onOpen: (view: MenuView) => void }) {
  const { env, setEnv, server } = usePanel();
  const { tabId, pageUrl, sites } = useConnectionState();
  const page = tabId !== null && pageUrl ? new URL(pageUrl) : null;
  return (
    <header class="panel-header">
      <div class="panel-header__where">
        {page ? (
          <p class="panel-header__site" data-connected-page title={pageUrl!}>
            <Icon icon={Globe} size={14} />
            <strong>{page.host}</strong>
            <span class="panel-header__path">{page.pathname}</span>
          </p>
        ) : (
          <p class="panel-header__site wm-muted">
            <Icon icon={Globe} size={14} />
            {sites.length ? 'Open a page of your app in a tab' : 'No site connected yet'}
          </p>
        )}
        <p class="panel-header__server wm-small wm-muted" data-server-status>
          <Icon icon={Server} size={12} />
          {server ? <span>{new URL(server.serverUrl).host}</span> : <span>This browser only</span>}
        </p>
      </div>
      <div class="panel-header__tools">
      <SegmentedControl label="Environment" value={env} options={ENVIRONMENTS.map((e) => [e, ENV_NAMES[e]] as const)} onChange={(e: Environment) => setEnv(e)} />
      <Menu
        label="Project menu"
        items={[
          { label: 'Releases and rollback', icon: History, onSelect: () => onOpen('releases') },
          { label: 'Export / import', icon: Download, onSelect: () => onOpen('bundle') },
          { label: 'Team server', icon: Server, onSelect: () => onOpen('server') },
          { label: 'Connected sites', icon: Link, onSelect: () => onOpen('sites') },
          { label: 'Analytics dashboard', icon: ExternalLink, separated: true, onSelect: () => void window.open('/dashboard.html', '_blank', 'noopener') },
        ]}
      />
      </div>
    </header>
  );
}
