import { render } from 'preact';
import { App } from '../../lib/panel/App.tsx';
import { PageConnection } from '../../lib/panel/PageConnection.ts';
import { IdbFlowRepository } from '../../lib/storage/IdbFlowRepository.ts';
import '../../lib/panel/panel.css';

async function main(): Promise<void> {
  const [repo, connection] = [await IdbFlowRepository.open(), new PageConnection()];
  await connection.start();
  render(<App repo={repo} connection={connection} />, document.getElementById('app')!);
}

void main();
