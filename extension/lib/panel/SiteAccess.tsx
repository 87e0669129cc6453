import { useEffect, useId, useState } from 'preact/hooks';
import { Button } from '../ui/Button.tsx';
import { Field } from '../ui/Field.tsx';
import { Globe } from '../ui/icons.ts';
import { InlineError } from '../ui/Notice.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';

const hostOf = (url: string | null) => {
  try {
    return url && /^https?:/.test(url) ? new URL(url).host : null;
  } catch {
    return null;
  }
};

/**
 * Asks the browser for access to the PM's app, one site at a time ("Allow Waymark on app.acme.com"):
 * the tab in front is offered; another address can be typed.
 */
export function SiteAccess() {
  const { connection } = usePanel();
  const { suggestedUrl } = useConnectionState();
  const [url, setUrl] = useState(suggestedUrl ?? '');
  const [typing, setTyping] = useState(false);
  const [error, setError] = useState('');
  const id = useId();
  useEffect(() => {
    if (!url && suggestedUrl) setUrl(suggestedUrl);
  }, [suggestedUrl]);
  const host = hostOf(suggestedUrl);
  const allow = async (target: string) => {
    const ok = await connection.connect(target);
    setError(ok ? '' : `Waymark was not allowed on ${hostOf(target) ?? target}. Click Allow when the browser asks, or check the address (http or https).`);
  };
  return (
    <div class="wm-stack wm-stack--tight" data-site-access>
      {host && !typing ? (
        <div class="wm-row wm-row--center">
          <Button variant="primary" icon={Globe} onClick={() => void allow(suggestedUrl!)}>Allow Waymark on {host}</Button>
          <button type="button" class="panel-link" onClick={() => setTyping(true)}>Another site…</button>
        </div>
      ) : (
        <form class="wm-row" aria-label="Connect a site" onSubmit={(e) => { e.preventDefault(); void allow(url); }}>
          <Field id={id} label="Your app's address">
            <input id={id} class="wm-input" aria-label="Site URL" placeholder="https://app.example.com" value={url} onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)} />
          </Field>
          <Button type="submit" variant="primary">Connect site</Button>
        </form>
      )}
      {error ? <InlineError title="Not allowed">{error}</InlineError> : null}
    </div>
  );
}
