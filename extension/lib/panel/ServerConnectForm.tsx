import { useId, useState } from 'preact/hooks';
import { ApiRequestError } from '../../../shared/api/ApiRequestError.ts';
import { AnalyticsClient, type Connection } from '../dashboard/AnalyticsClient.ts';
import { saveConnection } from '../dashboard/connectionStore.ts';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';
import { KeyRound } from '../ui/icons.ts';
import { InlineError } from '../ui/Notice.tsx';
import { describeConnectError, secretKeyProblem } from './describeConnectError.ts';

/**
 * Connects the panel to a team server: the URL (taken from the page's SDK when it announced one)
 * and the project's secret key, checked against the server before it is kept in the extension's
 * storage; a refusal says what failed. The panel then restarts on that server.
 */
export function ServerConnectForm({ detectedUrl, initial, onCancel, submitLabel = 'Connect' }: { detectedUrl?: string; initial?: Connection | null; onCancel?: () => void; submitLabel?: string }) {
  const [serverUrl, setServerUrl] = useState(initial?.serverUrl ?? detectedUrl ?? '');
  const [editingUrl, setEditingUrl] = useState(!detectedUrl && !initial);
  const [secretKey, setSecretKey] = useState('');
  const [error, setError] = useState<{ title: string; detail: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const urlId = useId();
  const keyId = useId();

  const submit = async (event: Event) => {
    event.preventDefault();
    let url: URL;
    try {
      url = new URL(serverUrl.trim());
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
    } catch {
      setEditingUrl(true);
      return setError({ title: 'Server URL is not an address', detail: 'Enter an http(s) address such as https://waymark.example.com.' });
    }
    const keyProblem = secretKeyProblem(secretKey);
    if (keyProblem) return setError({ title: 'Secret key', detail: keyProblem });
    const connection = { serverUrl: url.origin + url.pathname.replace(/\/+$/, ''), secretKey: secretKey.trim() };
    setBusy(true);
    try {
      await new AnalyticsClient(connection).project();
      await saveConnection(connection);
      location.reload();
    } catch (e) {
      const failure = e instanceof ApiRequestError ? { status: e.status, code: e.code, message: e.reason } : { status: 0, code: 'network', message: String(e) };
      setError(describeConnectError(connection.serverUrl, failure));
      setBusy(false);
    }
  };

  return (
    <form class="wm-stack" aria-label="Connect to your Waymark server" onSubmit={(e) => void submit(e)} noValidate>
      {editingUrl ? (
        <Field id={urlId} label="Server URL" help="The address your app's Waymark SDK loads flows from (its server.url).">
          <input id={urlId} class="wm-input" type="url" inputMode="url" placeholder="https://waymark.example.com" value={serverUrl} onInput={(e) => setServerUrl((e.currentTarget as HTMLInputElement).value)} />
        </Field>
      ) : (
        <p class="wm-small wm-muted" data-detected-server>
          Server <strong class="panel-strong">{serverUrl}</strong>{' '}
          <button type="button" class="panel-link" onClick={() => setEditingUrl(true)}>Change</button>
        </p>
      )}
      <Field id={keyId} label="Secret key" help="Starts with wm_sk_. It stays in this browser's extension storage and is only sent to this server.">
        <input
          id={keyId}
          class="wm-input"
          type="password"
          autocomplete="off"
          spellcheck={false}
          placeholder="wm_sk_…"
          aria-invalid={error ? true : undefined}
          value={secretKey}
          onInput={(e) => setSecretKey((e.currentTarget as HTMLInputElement).value)}
        />
      </Field>
      {error ? <InlineError title={error.title} data-connect-error>{error.detail}</InlineError> : null}
      <div class="wm-row wm-row--center">
        <Button type="submit" variant="primary" icon={KeyRound} disabled={busy}>{busy ? 'Checking the key…' : submitLabel}</Button>
        {onCancel ? <Button variant="ghost" onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
