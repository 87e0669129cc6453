import type { EventCursor } from '../store/events.ts';
import { ApiError } from './ApiError.ts';

/** The export's `next`: opaque to clients, `receivedAt.id` inside. */
export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(`${cursor.receivedAt}.${cursor.id}`).toString('base64url');
}

export function decodeCursor(value: string): EventCursor {
  const match = /^(\d+)\.([0-9a-f-]{36})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) throw new ApiError(400, 'invalid_query', 'cursor: not a cursor returned by this endpoint', { path: 'cursor' });
  return { receivedAt: Number(match[1]), id: match[2]! };
}
