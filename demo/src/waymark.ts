/** The "What's new" button is an explicit request, so it shows the flow even if it was seen before. */
export function startFlow(flowId: string): void {
  try {
    (window as any).waymark?.start?.(flowId, { force: true });
  } catch {
    // The onboarding SDK is optional; the app keeps working without it.
  }
}
