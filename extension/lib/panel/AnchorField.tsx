import { useEffect, useState } from 'preact/hooks';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import { rateStability } from '../flows/rateStability.ts';
import { useConnectionState, usePanel } from './PanelContext.ts';

export function describeAnchor(anchor: Anchor): string {
  const name = anchor.name ?? anchor.text;
  return `${anchor.tag ?? 'element'}${name ? ` "${name.slice(0, 60)}"` : ''}${anchor.shadowHosts?.length ? ' (in a shadow root)' : ''}`;
}

/**
 * The element a step (or milestone, or trigger) is anchored to: what it is, how many elements it
 * matches on the current page (must be 1) and how stable its selectors are; "Pick" replaces it.
 */
export function AnchorField({ label, anchor, purpose, onPicked, optional }: { label: string; anchor: Anchor | undefined; purpose: string; onPicked: (picked: PickedElement | null) => void; optional?: boolean }) {
  const { connection } = usePanel();
  const { tabId, pageUrl } = useConnectionState();
  const [picking, setPicking] = useState(false);
  const [matches, setMatches] = useState<number | null>(null);

  useEffect(() => {
    setMatches(null);
    if (!anchor || tabId === null) return;
    let live = true;
    void connection.send({ type: 'anchor.check', anchor }).then((reply) => {
      if (live && reply.type === 'anchor.result') setMatches(reply.matches);
    });
    return () => {
      live = false;
    };
  }, [anchor, tabId, pageUrl]);

  const pick = async () => {
    setPicking(true);
    const picked = await connection.pick(purpose);
    setPicking(false);
    if (picked) onPicked(picked);
  };

  const rating = anchor ? rateStability(anchor, matches ?? 1) : null;
  return (
    <div class="field anchor-field" data-anchor-field={purpose}>
      <span class="label">{label}</span>
      {anchor ? (
        <p class="anchor-summary">
          <span data-anchor-label>{describeAnchor(anchor)}</span>
          {matches !== null ? <span class={`badge ${matches === 1 ? 'ok' : 'warn'}`} data-anchor-matches>{matches === 1 ? '1 match' : `${matches} matches`} on this page</span> : null}
          <span class={`badge ${rating!.stability === 'fragile' ? 'warn' : 'ok'}`} data-anchor-stability>{rating!.stability}</span>
        </p>
      ) : (
        <p class="hint">{optional ? 'No element.' : 'No element picked yet.'}</p>
      )}
      {rating?.warning && (matches !== null || rating.stability === 'fragile') ? <p class="warning" role="alert">{rating.warning}</p> : null}
      <div class="row">
        {picking ? (
          <button type="button" onClick={() => void connection.send({ type: 'picker.cancel' })}>Cancel picking</button>
        ) : (
          <button type="button" disabled={tabId === null} onClick={() => void pick()}>{anchor ? 'Re-pick element' : 'Pick element'}</button>
        )}
        {anchor && optional ? <button type="button" onClick={() => onPicked(null)}>Clear element</button> : null}
      </div>
    </div>
  );
}
