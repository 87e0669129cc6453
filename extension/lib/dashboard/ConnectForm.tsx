import { useState } from 'preact/hooks';
import { describeConnectError, secretKeyProblem } from '../panel/describeConnectError.ts';
import { ApiRequestError } from '../../../shared/api/ApiRequestError.ts';
import { AnalyticsClient, type Connection } from './AnalyticsClient.ts';

/** Where the PM enters the server URL and the project's secret key; checked against the server before it is kept. */
export function ConnectForm({ initial, onConnect, onCancel }: { initial: Connection | null; onConnect: (connection: Connection) => void; onCancel?: () => void }) {
  const [serverUrl, setServerUrl] = useState(initial?.serverUrl ?? 'http://127.0.0.1:4400');
  const [secretKey, setSecretKey] = useState(initial?.secretKey ?? '');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    let url: URL;
    try {
      url = new URL(serverUrl.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    } catch {
      setError('Server URL: enter an http(s) address such as https://waymark.example.com');
      return;
    }
    const keyProblem = secretKeyProblem(secretKey);
    if (keyProblem) {
      setError(`Secret key: ${keyProblem}`);
      return;
    }
    const connection = { serverUrl: url.origin + url.pathname.replace(/\/+$/, ''), secretKey: secretKey.trim() };
    setBusy(true);
    try {
      await new AnalyticsClient(connection).project();
      setError('');
      onConnect(connection);
    } catch (e) {
      const failure = e instanceof ApiRequestError ? { status: e.status, code: e.code, message: e.reason } : { status: 0, code: 'network', message: String(e) };
      const { title, detail } = describeConnectError(connection.serverUrl, failure);
      setError(`${title}. ${detail}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card connect" aria-labelledby="connect-title" onSubmit={(e) => void submit(e)}>
      <h2 id="connect-title">Connect to your Waymark server</h2>
      <p class="muted">The key is kept in this extension's storage on this computer only.</p>
      <label for="server-url">Server URL</label>
      <input id="server-url" type="url" required value={serverUrl} onInput={(e) => setServerUrl((e.currentTarget as HTMLInputElement).value)} />
      <label for="secret-key">Secret key</label>
      <input id="secret-key" type="password" autocomplete="off" required placeholder="wm_sk_…" value={secretKey} onInput={(e) => setSecretKey((e.currentTarget as HTMLInputElement).value)} />
      {error ? <p class="error" role="alert">{error}</p> : null}
      <div class="row">
        <button type="submit" class="primary" disabled={busy}>{busy ? 'Connecting…' : 'Connect'}</button>
        {onCancel ? <button type="button" onClick={onCancel}>Cancel</button> : null}
      </div>
    </form>
  );
}
