/** Resolves when the page is idle, or after `timeoutMs` at the latest (50 ms where idle callbacks do not exist). */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: timeoutMs }) : setTimeout(resolve, 50)));
}
