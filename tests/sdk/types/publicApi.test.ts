import { describe, expectTypeOf, it } from 'vitest';
import type { EventEnvelope, InitOptions, Waymark, WaymarkError } from '../../../sdk/index.ts';
import { init } from '../../../sdk/index.ts';

describe('public API types', () => {
  it('init takes options and returns an instance', () => {
    expectTypeOf(init).parameter(0).toEqualTypeOf<InitOptions | undefined>();
    expectTypeOf(init).returns.toEqualTypeOf<Waymark>();
    expectTypeOf<InitOptions['onError']>().toEqualTypeOf<((error: WaymarkError) => void) | undefined>();
  });

  it('listeners get typed payloads', () => {
    // Compiled, never called: the listener parameter types are what is under test.
    const listen = (instance: Waymark) => {
      instance.on('flow_completed', (event) => expectTypeOf(event).toEqualTypeOf<EventEnvelope>());
      instance.on('integration_connected', (event) => expectTypeOf(event).toEqualTypeOf<EventEnvelope>());
      instance.on('error', (error) => expectTypeOf(error).toEqualTypeOf<WaymarkError>());
      // @ts-expect-error an error listener gets a WaymarkError, not an event envelope
      instance.on('error', (event: EventEnvelope) => void event.flowId);
    };
    expectTypeOf(listen).toBeFunction();
    expectTypeOf<Waymark['ready']>().toEqualTypeOf<Promise<void>>();
  });

  it('unknown options are a compile error', () => {
    // @ts-expect-error `flowUrl` is not an option (it is `flowsUrl`)
    const options: InitOptions = { flowUrl: '/flows.json' };
    expectTypeOf(options).toEqualTypeOf<InitOptions>();
  });
});
