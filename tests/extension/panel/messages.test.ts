import { describe, expect, it } from 'vitest';
import { BackgroundRequest } from '../../../shared/messages/backgroundRequest.ts';
import { ContentCommand } from '../../../shared/messages/contentCommand.ts';
import { ContentEvent } from '../../../shared/messages/contentEvent.ts';
import { PageMessage } from '../../../shared/messages/pageMessage.ts';
import { parseMessage } from '../../../shared/messages/parseMessage.ts';

describe('builder messages', () => {
  it('accepts well-formed commands and rejects unknown or malformed ones with their path', () => {
    expect(parseMessage(ContentCommand, { type: 'picker.start', purpose: 'step:tour:intro' })).toEqual({ ok: true, value: { type: 'picker.start', purpose: 'step:tour:intro' } });
    const unknown = parseMessage(ContentCommand, { type: 'eval', code: 'alert(1)' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.errors[0]).toMatch(/^type: must be one of "ping", "picker.start"/);
    const extra = parseMessage(ContentCommand, { type: 'ping', sneaky: true });
    expect(extra).toEqual({ ok: false, errors: ['(root): unknown key "sneaky"'] });
  });

  it('validates a previewed flow completely', () => {
    const result = parseMessage(ContentCommand, { type: 'preview.show', stepIndex: 0, flow: { schemaVersion: 2, id: 't', version: 1, name: 'T', kind: 'tour', trigger: {}, frequency: { type: 'once' }, steps: [{ id: 's', type: 'tooltip' }] } });
    expect(result).toEqual({ ok: false, errors: ['flow.steps[0].anchor: required for tooltip steps'] });
  });

  it('lets a page announce only event names and its SDK\'s server (an http(s) URL)', () => {
    expect(parseMessage(PageMessage, { source: 'waymark-page', type: 'sdk', serverUrl: 'https://waymark.example.com', publicKey: 'wm_pk_x', env: 'staging' }).ok).toBe(true);
    expect(parseMessage(PageMessage, { source: 'waymark-page', type: 'sdk', serverUrl: 'javascript:alert(1)' })).toEqual({ ok: false, errors: ['serverUrl: must be an http(s) URL'] });
    expect(parseMessage(PageMessage, { source: 'waymark-page', type: 'sdk', secretKey: 'wm_sk_x' }).ok).toBe(false);
    expect(parseMessage(PageMessage, { source: 'waymark-page', type: 'event', name: 'integration_connected' }).ok).toBe(true);
    expect(parseMessage(PageMessage, { source: 'waymark-page', type: 'event', name: 42 })).toEqual({ ok: false, errors: ['name: expected string, got number'] });
    const drive = parseMessage(PageMessage, { source: 'waymark-page', type: 'picker.start', purpose: 'x' });
    expect(drive.ok).toBe(false);
  });

  it('checks events to the panel and requests to the background', () => {
    expect(parseMessage(ContentEvent, { type: 'page.ready', url: 'http://x.test/', navigation: false }).ok).toBe(true);
    expect(parseMessage(ContentEvent, { type: 'picker.picked', purpose: 'p', element: { label: 'x' } }).ok).toBe(false);
    expect(parseMessage(BackgroundRequest, { type: 'tab.attach', tabId: 'one' })).toEqual({ ok: false, errors: ['tabId: expected number, got string'] });
  });
});
