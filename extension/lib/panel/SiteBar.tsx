import { useEffect, useState } from 'preact/hooks';
import { useConnectionState, usePanel } from './PanelContext.ts';

/** Which site and page the builder works on; "Connect" asks the browser for access to that site only. */
export function SiteBar() {
  const { connection } = usePanel();
  const { sites, tabId, pageUrl, suggestedUrl } = useConnectionState();
  const [url, setUrl] = useState(suggestedUrl ?? '');
  const [error, setError] = useState('');
  useEffect(() => {
    if (!url && suggestedUrl) setUrl(suggestedUrl);
  }, [suggestedUrl]);
  const connect = async (event: Event) => {
    event.preventDefault();
    const ok = await connection.connect(url);
    setError(ok ? '' : 'Access was not granted (or the URL is not an http(s) address).');
  };
  return (
    <header class="site-bar">
      {tabId !== null && pageUrl ? (
        <p class="connected" data-connected-page>Connected to <strong>{new URL(pageUrl).origin}</strong> · <span>{new URL(pageUrl).pathname}</span></p>
      ) : (
        <p class="hint">{sites.length ? 'Open a page of a connected site in a tab.' : 'Connect your app to start building.'}</p>
      )}
      <form class="row" aria-label="Connect a site" onSubmit={(e) => void connect(e)}>
        <input aria-label="Site URL" placeholder="https://app.example.com" value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">Connect site</button>
      </form>
      {error ? <p class="error" role="alert">{error}</p> : null}
      {sites.length ? (
        <p class="sites">
          Connected sites:{' '}
          {sites.map((origin) => (
            <span key={origin} class="badge">
              {origin} <button type="button" aria-label={`Disconnect ${origin}`} onClick={() => void connection.disconnect(origin)}>×</button>
            </span>
          ))}
        </p>
      ) : null}
    </header>
  );
}
