import { expect, test } from '@playwright/test';
import { recordEvents, sdkReady } from './support/sdk.ts';

test.describe('milestones', () => {
  test('a tracked product event reaches its milestone once, and it is remembered after a reload', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/integrations');
    await sdkReady(page);
    await page.getByTestId('connect-chatbot').click();
    await expect(page.getByTestId('connect-chatbot')).toHaveText(/Connected/);
    await expect.poll(async () => (await events()).filter((e) => e.type === 'milestone_reached').map((e) => e.props)).toEqual([
      { milestone: 'integration-connected', name: 'Chatbot connected', stage: 'activation', via: 'event' },
    ]);
    expect((await events()).map((e) => e.type)).toContain('integration_connected');
    await page.evaluate(() => (window as any).waymark.track('integration_connected'));
    await page.reload();
    await sdkReady(page);
    expect(await page.evaluate(() => (window as any).waymark.hasReached('integration-connected'))).toBe(true);
    await page.evaluate(() => (window as any).waymark.track('integration_connected'));
    await page.waitForTimeout(100);
    expect((await events()).filter((e) => e.type === 'milestone_reached')).toEqual([]);
  });

  test('events carry the design envelope', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/widget');
    await sdkReady(page);
    const tourEvents = async () => (await events()).filter((e) => e.flowId === 'widget-tour');
    await expect.poll(async () => (await tourEvents()).map((e) => e.type)).toEqual(['flow_started', 'step_shown']);
    const [started] = await tourEvents();
    expect(started).toMatchObject({
      type: 'flow_started',
      // The demo gives each browser its own user (so visitors of one server do not share progress).
      userId: expect.stringMatching(/^sam\+[a-z0-9]+@acme-shoes\.example$/),
      flowId: 'widget-tour',
      flowVersion: 1,
      props: { manual: false },
    });
    const envelope = started as unknown as Record<string, unknown>;
    expect(envelope.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(typeof envelope.anonymousId).toBe('string');
    expect(typeof envelope.sessionId).toBe('string');
    expect(Math.abs((envelope.ts as number) - Date.now())).toBeLessThan(60_000);
  });
});
