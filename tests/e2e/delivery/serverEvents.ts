/** Reading what the server stored, through its admin export (`GET /v1/admin/events`) with the demo project's secret key. */
export interface StoredEvent {
  id: string;
  type: string;
  userId?: string;
  anonymousId: string;
  props: Record<string, unknown>;
  receivedAt: number;
  /** The userId came with its identity hash. */
  verified: boolean;
}

export const demoKeys = { publicKey: 'wm_pk_demo', secretKey: 'wm_sk_demo' } as const;

export async function exportEvents(serverUrl: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=10000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(`${serverUrl}/v1/admin/events?${query}`, { headers: { Authorization: `Bearer ${demoKeys.secretKey}` } });
    if (!response.ok) throw new Error(`export failed: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { events: StoredEvent[]; next: string | null };
    events.push(...page.events);
    cursor = page.next;
  } while (cursor);
  return events;
}

/** The `props.n` of the events of one run (`props.run`), in the order the server received them. */
export async function runNumbers(serverUrl: string, run: string): Promise<number[]> {
  return (await exportEvents(serverUrl)).filter((e) => e.props.run === run).map((e) => e.props.n as number);
}

/** Every number from 0 to count-1 exactly once: none lost, none duplicated. */
export function countCheck(numbers: number[], count: number): { stored: number; distinct: number; missing: number; duplicated: number } {
  const seen = new Map<number, number>();
  for (const n of numbers) seen.set(n, (seen.get(n) ?? 0) + 1);
  let missing = 0;
  for (let n = 0; n < count; n++) if (!seen.has(n)) missing++;
  const duplicated = [...seen.values()].filter((times) => times > 1).length;
  return { stored: numbers.length, distinct: seen.size, missing, duplicated };
}
