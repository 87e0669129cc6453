import type { Connection } from './AnalyticsClient.ts';

/** A live step whose anchor went missing for too many users (server: GET /v1/admin/anchor-health). */
export interface BrokenStep {
  env: 'production' | 'staging';
  flowId: string;
  flowVersion: number;
  stepId: string;
  users: number;
  missing: number;
  since: number;
}

/** The project's broken steps; none when the server cannot say (an older server, a network error), as a badge is a hint. */
export async function fetchBrokenSteps(connection: Connection): Promise<BrokenStep[]> {
  try {
    const response = await fetch(`${connection.serverUrl}/v1/admin/anchor-health`, { headers: { Authorization: `Bearer ${connection.secretKey}` } });
    if (!response.ok) return [];
    const body = (await response.json()) as { broken?: BrokenStep[] };
    return Array.isArray(body.broken) ? body.broken : [];
  } catch {
    return [];
  }
}

/** "2 broken steps" and which ones, for a badge and its title. */
export function brokenStepsLabel(steps: readonly BrokenStep[]): { text: string; title: string } {
  const users = steps.map((s) => `${s.stepId}: missing for ${s.missing} of ${s.users} users`).join('; ');
  return { text: `${steps.length} broken step${steps.length === 1 ? '' : 's'}`, title: `Users of the live release no longer find these steps' elements — ${users}. Run waymark check, or open the step and pick its element again.` };
}
