/** What the panel says in words: audiences as sentences, a sample user's verdict, connection failures, recorded steps' titles. */
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../shared/schema/condition.ts';
import { audienceVerdict } from '../../../extension/lib/flows/audienceVerdict.ts';
import { describeAudience } from '../../../extension/lib/flows/describeAudience.ts';
import { recordedStep } from '../../../extension/lib/flows/recordedStep.ts';
import { describeConnectError, secretKeyProblem } from '../../../extension/lib/panel/describeConnectError.ts';

const names = { milestone: (id: string) => (id === 'chatbot-connected' ? 'Chatbot connected' : id), flow: (id: string) => (id === 'tour' ? 'Widget tour' : id) };
const trialNotConnected: Condition = {
  type: 'all',
  conditions: [
    { type: 'trait', key: 'plan', op: 'eq', value: 'trial' },
    { type: 'not', condition: { type: 'milestone', milestone: 'chatbot-connected', reached: true } },
  ],
};

describe('describeAudience', () => {
  it('reads as one sentence with the milestones’ names', () => {
    expect(describeAudience(trialNotConnected, names)).toBe('Users whose plan is trial and who have not reached “Chatbot connected”');
  });

  it('says Everyone for no audience and joins "any" groups with or', () => {
    expect(describeAudience(undefined, names)).toBe('Everyone');
    expect(describeAudience({ type: 'any', conditions: [{ type: 'flow', flowId: 'tour', state: 'completed' }, { type: 'event', name: 'login', op: 'gte', count: 3, withinDays: 7 }] }, names))
      .toBe('Users who have completed “Widget tour” or who did “login” at least 3 times in the last 7 days');
    expect(describeAudience({ type: 'all', conditions: [{ type: 'trait', key: 'role', op: 'in', value: ['admin', 'owner'] }, { type: 'any', conditions: [{ type: 'device', maxWidth: 600 }, { type: 'trait', key: 'beta', op: 'exists' }] }] }, names))
      .toBe('Users whose role is one of admin, owner and (on a screen at most 600px wide or whose beta is set)');
  });

  it('reads an excluded group as its parts negated, with the connector flipped', () => {
    const excluded = { type: 'all', conditions: [
      { type: 'trait', key: 'plan', op: 'eq', value: 'trial' },
      { type: 'not', condition: { type: 'any', conditions: [{ type: 'trait', key: 'beta', op: 'exists' }, { type: 'flow', flowId: 'tour', state: 'completed' }] } },
    ] } satisfies Condition;
    expect(describeAudience(excluded, names)).toBe('Users whose plan is trial and (whose beta is not set and who have not completed “Widget tour”)');
    expect(describeAudience({ type: 'not', condition: { type: 'all', conditions: [{ type: 'trait', key: 'seats', op: 'gte', value: 5 }, { type: 'milestone', milestone: 'chatbot-connected', reached: true }] } }, names))
      .toBe('Users whose seats is less than 5 or who have not reached “Chatbot connected”');
  });
});

describe('audienceVerdict', () => {
  it('includes a trial user who has not connected, condition by condition', () => {
    const verdict = audienceVerdict(trialNotConnected, { traits: { plan: 'trial' } }, names);
    expect(verdict).toEqual({ included: true, checks: [{ text: 'whose plan is trial', met: true }, { text: 'who have not reached “Chatbot connected”', met: true }] });
  });

  it('names the condition a paying user fails', () => {
    const verdict = audienceVerdict(trialNotConnected, { traits: { plan: 'pro' } }, names);
    expect(verdict.included).toBe(false);
    expect(verdict.checks.filter((c) => !c.met).map((c) => c.text)).toEqual(['whose plan is trial']);
    expect(audienceVerdict(trialNotConnected, { traits: { plan: 'trial' }, milestones: ['chatbot-connected'] }, names).included).toBe(false);
  });
});

describe('describeConnectError', () => {
  it('says the key was refused, by which server and with which code, and what to paste', () => {
    const { title, detail } = describeConnectError('http://127.0.0.1:4400', { status: 401, code: 'invalid_key', message: 'the secret key is not valid for any project' });
    expect(title).toBe('The server refused this secret key');
    expect(detail).toContain('http://127.0.0.1:4400 answered 401 invalid_key: the secret key is not valid for any project');
    expect(detail).toContain('wm_sk_');
  });

  it('tells an unreachable server and a non-Waymark address apart', () => {
    expect(describeConnectError('http://x.test', { status: 0, code: 'network', message: 'Could not reach http://x.test (Failed to fetch).' }).title).toBe('Could not reach http://x.test');
    expect(describeConnectError('http://x.test', { status: 404, code: 'http', message: 'Not found' }).title).toBe('http://x.test is not a Waymark server');
  });

  it('catches a public key or a typo before anything is sent', () => {
    expect(secretKeyProblem('wm_pk_demo')).toMatch(/public key/);
    expect(secretKeyProblem('  ')).toMatch(/starts with wm_sk_/);
    expect(secretKeyProblem('wm_sk_demo')).toBeUndefined();
  });
});

describe('recordedStep titles', () => {
  const base = { matches: 1, stability: 'stable' as const, url: 'http://x.test/settings' };
  it('uses the element’s name, else what the page calls it (label, placeholder, role and position)', () => {
    expect(recordedStep({ ...base, anchor: { tag: 'button', name: 'Save', selectors: [{ kind: 'css', value: 'button' }] }, label: 'button "Save"' }, []).title).toBe('Click “Save”');
    expect(recordedStep({ ...base, anchor: { tag: 'input', selectors: [{ kind: 'css', value: 'input' }] }, label: 'input', title: 'the “Company” field' }, []).title).toBe('Fill in the “Company” field');
    expect(recordedStep({ ...base, anchor: { tag: 'button', selectors: [{ kind: 'path', value: 'div > button' }] }, label: 'button', title: 'the second button in “Toolbar”' }, []).title).toBe('Click the second button in “Toolbar”');
  });
});
