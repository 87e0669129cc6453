import { describe, expect, it } from 'vitest';
import type { Anchor } from '../../../shared/schema/anchor.ts';
import { parseFlow } from '../../../shared/schema/parse.ts';
import { buildBundle } from '../../../extension/lib/flows/buildBundle.ts';
import { changeStepType } from '../../../extension/lib/flows/changeStepType.ts';
import { moveItem } from '../../../extension/lib/flows/moveItem.ts';
import { newFlow } from '../../../extension/lib/flows/newFlow.ts';
import { rateStability } from '../../../extension/lib/flows/rateStability.ts';
import { recordedStep } from '../../../extension/lib/flows/recordedStep.ts';
import { suggestPageRules } from '../../../extension/lib/flows/suggestPageRules.ts';
import { uniqueId } from '../../../extension/lib/flows/uniqueId.ts';

const button: Anchor = { tag: 'button', name: 'Connect chatbot', selectors: [{ kind: 'testid', value: '[data-testid="connect-chatbot"]', weight: 1 }] };

describe('suggestPageRules', () => {
  it('prefills the exact page and generalises id-like segments', () => {
    expect(suggestPageRules('https://app.example.com/projects/4211/settings?tab=a')).toEqual({
      exact: { type: 'exact', value: '/projects/4211/settings' },
      wildcard: { type: 'glob', value: '/projects/*/settings' },
    });
    expect(suggestPageRules('https://app.example.com/p/3f2b8c1e-1a2b-4c3d-9e8f-0a1b2c3d4e5f').wildcard.value).toBe('/p/*');
  });

  it('suggests the page and everything below it when no segment looks like an id', () => {
    expect(suggestPageRules('http://127.0.0.1:4400/integrations/').wildcard).toEqual({ type: 'glob', value: '/integrations/**' });
    expect(suggestPageRules('http://127.0.0.1:4400/').wildcard.value).toBe('/**');
  });
});

describe('rateStability', () => {
  it('is stable with a test id, fair with text only, fragile with a path only (with a warning)', () => {
    expect(rateStability(button, 1)).toEqual({ stability: 'stable' });
    expect(rateStability({ selectors: [{ kind: 'text', value: 'button', weight: 0.55 }] }, 1).stability).toBe('fair');
    const fragile = rateStability({ selectors: [{ kind: 'path', value: 'div > span:nth-of-type(2)', weight: 0.5 }] }, 1);
    expect(fragile.stability).toBe('fragile');
    expect(fragile.warning).toMatch(/fragile selectors/);
  });

  it('ignores selectors that were shared with other elements, and warns when the match count is not 1', () => {
    expect(rateStability({ selectors: [{ kind: 'id', value: '#x', weight: 0.2 }, { kind: 'path', value: 'a', weight: 0.5 }] }, 1).stability).toBe('fragile');
    expect(rateStability(button, 3).warning).toMatch(/matches 3 elements/);
    expect(rateStability(button, 0).warning).toMatch(/does not find this element/);
  });
});

describe('draft helpers', () => {
  it('moves, names and converts steps', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(uniqueId('Connect your chatbot!', ['connect-your-chatbot'])).toBe('connect-your-chatbot-2');
    expect(uniqueId('…', [], 'flow')).toBe('flow');
    const tooltip = changeStepType({ id: 's', type: 'modal', title: 'Hi', content: [] }, 'tooltip');
    expect(tooltip).toMatchObject({ id: 's', type: 'tooltip', title: 'Hi' });
    expect('size' in tooltip).toBe(false);
  });

  it('records a click as an anchored tooltip on its page that advances on the click', () => {
    const step = recordedStep({ anchor: button, label: 'button "Connect chatbot"', matches: 1, stability: 'stable', url: 'http://x.test/integrations?user=a' }, []);
    expect(step).toMatchObject({ id: 'connect-chatbot', type: 'tooltip', title: 'Click “Connect chatbot”', url: { type: 'exact', value: '/integrations' }, advanceOn: { type: 'anchor_click' } });
    const flow = newFlow('tour', 'recorded', 'Recorded', { type: 'exact', value: '/integrations' });
    flow.steps.push(step);
    expect(parseFlow(flow).ok).toBe(true);
  });

  it('new drafts validate once complete, and the bundle reports every problem with its path', () => {
    expect(parseFlow(newFlow('modal', 'm', 'Modal', undefined)).ok).toBe(true);
    expect(parseFlow(newFlow('announcement', 'a', 'Bar', { type: 'exact', value: '/' })).ok).toBe(true);
    const checklist = newFlow('checklist', 'c', 'Checklist', undefined);
    const result = buildBundle([checklist, newFlow('tour', 't', 'Tour', undefined)], []);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['flows[0].checklist.items: a checklist needs at least one item', 'flows[1].steps: a tour needs at least one step']);
  });
});
