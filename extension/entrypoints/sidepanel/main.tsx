import { render } from 'preact';
import { App } from '../../lib/panel/App.tsx';
import { PageConnection } from '../../lib/panel/PageConnection.ts';
import { IdbFlowRepository } from '../../lib/storage/IdbFlowRepository.ts';
import { ServerFlowRepository } from '../../lib/storage/ServerFlowRepository.ts';
import { loadConnection } from '../../lib/dashboard/connectionStore.ts';
import '../../lib/ui/components.css';
import '../../lib/panel/panel.css';

async function main(): Promise<void> {
  const [local, server, connection] = [await IdbFlowRepository.open(), await loadConnection(), new PageConnection()];
  // With a team server, drafts and releases live there (the save history stays local).
  const repo = server ? new ServerFlowRepository({ baseUrl: server.serverUrl, secretKey: server.secretKey }, local) : local;
  await connection.start();
  render(<App repo={repo} connection={connection} server={server} />, document.getElementById('app')!);
}

void main();
