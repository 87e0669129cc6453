import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

function event(overrides: Partial<EventEnvelope> = {}): EventEnvelope {
  return { id: uuidv7(), type: 'step_shown', ts: Date.now(), anonymousId: 'anon-1', sessionId: 'session-1', flowId: 'tour-1', flowVersion: 1, stepId: 'welcome', props: { index: 0 }, ...overrides };
}

describeEachDatabase('event ingest', (server) => {
  const post = (publicKey: string, body: unknown, init: RequestInit = {}, env?: string) =>
    fetch(`${server.url}/v1/p/${publicKey}/events${env ? `?env=${env}` : ''}`, { ...json(body), ...init });

  async function exported(secretKey: string, query = '') {
    const response = await fetch(`${server.url}/v1/admin/events?${query}`, { headers: bearer(secretKey) });
    expect(response.status).toBe(200);
    return (await response.json()) as { events: Array<EventEnvelope & { receivedAt: number }>; next: string | null };
  }

  it('stores a batch once: the same batch again counts as duplicates, and the export has each event once', async () => {
    const { project, secretKey } = await server.project();
    const batch = [event({ userId: 'lee@acme.example', props: { nested: { a: [1, 2] }, text: 'x' } }), event({ type: 'flow_completed', stepId: undefined }), event({ experimentId: 'exp-1', variant: 'b' })];
    const first = await post(project.publicKey, { events: batch });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 3, duplicates: 0 });
    // A retry after a lost acknowledgement, plus one new event and one repeated inside the batch.
    const extra = event({ type: 'milestone_reached' });
    const again = await post(project.publicKey, { events: [...batch, extra, extra] });
    expect(await again.json()).toEqual({ accepted: 1, duplicates: 4 });

    const { events, next } = await exported(secretKey);
    expect(next).toBeNull();
    expect(events.map((e) => e.id).sort()).toEqual([...batch, extra].map((e) => e.id).sort());
    const stored = events.find((e) => e.id === batch[0]!.id)!;
    expect(stored).toEqual({ ...batch[0], env: 'production', verified: false, receivedAt: expect.any(Number) });
    expect(events.find((e) => e.id === batch[1]!.id)).not.toHaveProperty('stepId');
  });

  it('stores the environment the batch was sent to (?env=, default production) and refuses an unknown one', async () => {
    const { project, secretKey } = await server.project();
    const staging = event({ type: 'staging_event' });
    const production = event({ type: 'production_event' });
    expect(await (await post(project.publicKey, { events: [staging] }, {}, 'staging')).json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(await (await post(project.publicKey, { events: [production] })).json()).toEqual({ accepted: 1, duplicates: 0 });
    const bad = await post(project.publicKey, { events: [event()] }, {}, 'dev');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toEqual({ code: 'invalid_env', message: 'env: must be one of "staging", "production"', path: 'env' });
    const { events } = await exported(secretKey);
    expect(events.map((e) => [e.type, (e as unknown as { env: string }).env]).sort()).toEqual([['production_event', 'production'], ['staging_event', 'staging']]);
  });

  it('accepts text/plain bodies, as navigator.sendBeacon sends them', async () => {
    const { project, secretKey } = await server.project();
    const response = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ events: [event()] }),
    });
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await exported(secretKey)).events).toHaveLength(1);
  });

  it('rejects a batch with a bad event, naming its path, and writes none of the batch', async () => {
    const { project, secretKey } = await server.project();
    const batch = [event(), event(), { ...event(), ts: '2026-01-01' }, event()];
    const response = await post(project.publicKey, { events: batch });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'invalid_body', path: 'events[2].ts', message: 'events[2].ts: expected number, got string' });
    const missing = await post(project.publicKey, { events: [event(), { ...event(), anonymousId: undefined }] });
    expect((await missing.json()).error).toMatchObject({ path: 'events[1].anonymousId', message: 'events[1].anonymousId: required' });
    expect((await exported(secretKey)).events).toEqual([]);
  });

  it('rejects text Postgres cannot store (NUL, unpaired surrogates) with its path instead of failing', async () => {
    const { project, secretKey } = await server.project();
    const nul = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: `{"events":[${JSON.stringify(event())},${JSON.stringify(event()).replace('"props":{', '"props":{"note":"a\\u0000b",')}]}`,
    });
    expect(nul.status).toBe(400);
    expect((await nul.json()).error).toMatchObject({ path: 'events[1].props.note', message: 'events[1].props.note: must not contain the NUL character (\\u0000)' });
    const surrogate = await post(project.publicKey, { events: [event({ props: { emoji: '\ud83d' } })] });
    expect((await surrogate.json()).error.path).toBe('events[0].props.emoji');
    const fine = await post(project.publicKey, { events: [event({ props: { emoji: '😀 ünïcode' } })] });
    expect(await fine.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await exported(secretKey)).events[0]!.props).toEqual({ emoji: '😀 ünïcode' });
  });

  it('limits a batch to 500 events and 512 KB', async () => {
    const { project, secretKey } = await server.project();
    const tooMany = await post(project.publicKey, { events: Array.from({ length: 501 }, () => event()) });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error).toMatchObject({ path: 'events', message: 'events: must have at most 500 items' });

    const big = Array.from({ length: 5 }, () => event({ props: { blob: 'x'.repeat(110 * 1024) } }));
    const tooBig = await post(project.publicKey, { events: big });
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).error).toMatchObject({ code: 'body_too_large', message: 'request body is larger than 512 KB' });

    const empty = await post(project.publicKey, { events: [] });
    expect((await empty.json()).error).toMatchObject({ path: 'events', message: 'events: must have at least 1 items' });

    const full = await post(project.publicKey, { events: Array.from({ length: 500 }, () => event()) });
    expect(await full.json()).toEqual({ accepted: 500, duplicates: 0 });
    expect((await exported(secretKey, 'limit=10000')).events).toHaveLength(500);
  });

  it('answers malformed JSON with 400 and the parser message', async () => {
    const { project } = await server.project();
    const response = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"events": [' });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('malformed_json');
    expect(error.message).toMatch(/^request body is not valid JSON: .+/);
    const wrongShape = await post(project.publicKey, [event()]);
    expect((await wrongShape.json()).error).toMatchObject({ code: 'invalid_body', message: '(root): expected object, got an array', path: '' });
    const form = await post(project.publicKey, { events: [event()] }, { headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
  });

  it('exports in pages with a cursor, from a receipt time, oldest first', async () => {
    const { project, secretKey } = await server.project();
    const first = Array.from({ length: 3 }, () => event());
    await post(project.publicKey, { events: first });
    const between = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = Array.from({ length: 2 }, () => event());
    await post(project.publicKey, { events: second });

    const page1 = await exported(secretKey, 'limit=2');
    expect(page1.events).toHaveLength(2);
    expect(page1.next).toEqual(expect.any(String));
    const page2 = await exported(secretKey, `limit=2&cursor=${page1.next}`);
    const page3 = await exported(secretKey, `limit=2&cursor=${page2.next}`);
    expect(page3.next).toBeNull();
    const all = [...page1.events, ...page2.events, ...page3.events].map((e) => e.id);
    expect(all.slice(0, 3).sort()).toEqual(first.map((e) => e.id).sort());
    expect(all.slice(3).sort()).toEqual(second.map((e) => e.id).sort());

    const recent = await exported(secretKey, `since=${between}`);
    expect(recent.events.map((e) => e.id).sort()).toEqual(second.map((e) => e.id).sort());

    const badSince = await fetch(`${server.url}/v1/admin/events?since=yesterday`, { headers: bearer(secretKey) });
    expect(badSince.status).toBe(400);
    expect((await badSince.json()).error).toMatchObject({ path: 'since' });
  });

  it('keeps each project’s events to itself', async () => {
    const a = await server.project();
    const b = await server.project();
    await post(a.project.publicKey, { events: [event()] });
    expect((await exported(b.secretKey)).events).toEqual([]);
  });
});
