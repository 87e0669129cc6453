import { callApi } from '../../../shared/api/callApi.ts';
import type { BrokenStep } from '../../../shared/api/responses.ts';
import type { Connection } from './AnalyticsClient.ts';

export type { BrokenStep };

/** The project's broken steps; none when the server cannot say (an older server, a network error), as a badge is a hint. */
export async function fetchBrokenSteps(connection: Connection): Promise<BrokenStep[]> {
  try {
    const { broken } = await callApi({ baseUrl: connection.serverUrl, secretKey: connection.secretKey }, 'getAnchorHealth', {});
    return Array.isArray(broken) ? broken : [];
  } catch {
    return [];
  }
}

/** "2 broken steps" and which ones, for a badge and its title. */
export function brokenStepsLabel(steps: readonly BrokenStep[]): { text: string; title: string } {
  const users = steps.map((s) => `${s.stepId}: missing for ${s.missing} of ${s.users} users`).join('; ');
  return { text: `${steps.length} broken step${steps.length === 1 ? '' : 's'}`, title: `Users of the live release no longer find these steps' elements — ${users}. Run waymark check, or open the step and pick its element again.` };
}
