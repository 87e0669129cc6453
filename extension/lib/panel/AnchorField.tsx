import { useEffect, useState } from 'preact/hooks';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Anchor, AnchorIntent } from '../../../shared/schema/anchor.ts';
import { rateStability } from '../flows/rateStability.ts';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Crosshair } from '../ui/icons.ts';
import { Notice } from '../ui/Notice.tsx';
import { SegmentedControl } from '../ui/SegmentedControl.tsx';

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;

/** The choices among look-alike rows, in the PM's words ("this row" only when the row has a key). */
function intentOptions(anchor: Anchor): Array<readonly [AnchorIntent, string]> {
  const repeat = anchor.repeat!;
  const key = repeat.key?.text ?? Object.values(repeat.key?.attributes ?? {})[0];
  return [
    ...(repeat.key ? [['this', `This row${key ? ` ("${key.slice(0, 24)}")` : ''}`] as const] : []),
    ['first', 'The first'] as const,
    ['last', 'The last'] as const,
    ['nth', `The ${ordinal(repeat.index)}`] as const,
    ['any', 'Any of them'] as const,
  ];
}

export function describeAnchor(anchor: Anchor): string {
  const name = anchor.name ?? anchor.text;
  return `${anchor.tag ?? 'element'}${name ? ` "${name.slice(0, 60)}"` : ''}${anchor.shadowHosts?.length ? ' (in a shadow root)' : ''}`;
}

/**
 * The element a step (or milestone, or trigger) is anchored to: what it is, how many elements it
 * matches on the current page (must be 1) and how stable its selectors are; "Pick" replaces it.
 */
export function AnchorField({ label, anchor, purpose, onPicked, onIntent, optional }: { label: string; anchor: Anchor | undefined; purpose: string; onPicked: (picked: PickedElement | null) => void; onIntent?: (anchor: Anchor) => void; optional?: boolean }) {
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
    <div class="wm-field anchor-field" data-anchor-field={purpose}>
      <span class="wm-field__label">{label}</span>
      <div class="anchor-box">
        <Icon icon={Crosshair} />
        <div class="anchor-box__body">
          {anchor ? (
            <>
              <span class="anchor-box__name" data-anchor-label>{describeAnchor(anchor)}</span>
              <span class="anchor-box__badges">
                {matches !== null ? <Badge tone={matches === 1 ? 'success' : matches === 0 ? 'danger' : 'warning'} data-anchor-matches>{matches === 1 ? '1 match' : `${matches} matches`} on this page</Badge> : null}
                <Badge tone={rating!.stability === 'fragile' ? 'warning' : rating!.stability === 'stable' ? 'success' : 'neutral'} data-anchor-stability title="How likely the element is found again after your app changes">{rating!.stability}</Badge>
              </span>
            </>
          ) : (
            <span class="wm-muted">{optional ? 'No element.' : 'No element picked yet.'}</span>
          )}
        </div>
        {picking ? (
          <Button size="sm" onClick={() => void connection.send({ type: 'picker.cancel' })}>Cancel picking</Button>
        ) : (
          <Button size="sm" variant={anchor || optional ? 'secondary' : 'primary'} disabled={tabId === null} onClick={() => void pick()}>{anchor ? 'Re-pick element' : 'Pick element'}</Button>
        )}
      </div>
      {anchor?.repeat ? (
        // Picked in repeated structure (rows of a list, cards): which of the look-alikes is meant.
        <div class="anchor-intent" data-anchor-intent={anchor.intent ?? 'this'}>
          <span class="wm-field__help">{`${anchor.repeat.count} rows look alike here. Which one?`}</span>
          {onIntent ? (
            <SegmentedControl label="Which of the look-alike rows" value={anchor.intent ?? 'this'} options={intentOptions(anchor)} onChange={(intent) => onIntent({ ...anchor, intent })} />
          ) : (
            <Badge tone="neutral">{intentOptions(anchor).find(([value]) => value === (anchor.intent ?? 'this'))?.[1] ?? 'This row'}</Badge>
          )}
        </div>
      ) : null}
      {rating?.warning && (matches !== null || rating.stability === 'fragile') ? <Notice tone="warning">{rating.warning}</Notice> : null}
      {anchor && matches !== null && matches > 1 ? <p class="wm-field__help">Several elements look like this one: users may see the step on any of them.</p> : null}
      {anchor && optional ? <div><Button size="sm" variant="ghost" onClick={() => onPicked(null)}>Clear element</Button></div> : null}
    </div>
  );
}
