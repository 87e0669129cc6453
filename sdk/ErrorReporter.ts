import type { InitOptions, WaymarkError } from './options.ts';

/**
 * Where the SDK's problems go: the `error` listeners, then `onError`, or else one console warning
 * per problem. `guard` runs a piece of SDK work so that nothing it throws reaches the host page.
 */
export class ErrorReporter {
  private warned = new Set<string>();

  constructor(
    private readonly toListeners: (error: WaymarkError) => void,
    private readonly onError: InitOptions['onError'],
  ) {}

  report(error: WaymarkError): void {
    try {
      this.toListeners(error);
      if (this.onError) return this.onError(error);
      const key = `${error.code}:${error.flowId ?? error.message}`;
      if (this.warned.has(key)) return;
      this.warned.add(key);
      console.warn(`[waymark] ${error.message}`, ...(error.details ? [error.details] : []));
    } catch {
      // An onError that throws must not break the page either.
    }
  }

  guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.report({ code: 'internal', message: String(error) });
    }
  }

  async guardAsync(fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      this.report({ code: 'internal', message: String(error) });
    }
  }
}
