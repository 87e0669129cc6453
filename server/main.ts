/** `npm start`: the Waymark server with the Chatly demo. PORT (default 4400), HOST, DATABASE_URL or WAYMARK_DATA_DIR. */
import { startServer } from './startServer.ts';

const server = await startServer({ port: Number(process.env.PORT ?? 4400), hostname: process.env.HOST ?? '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().finally(() => process.exit(0)));
}
