/** `npm start`: serves the demo app with the SDK embedded. PORT (default 4400). */
import { serve } from '@hono/node-server';
import { createApp } from './createApp.ts';

const port = Number(process.env.PORT ?? 4400);
const server = serve({ fetch: createApp().fetch, port, hostname: process.env.HOST ?? '127.0.0.1' }, (info) => {
  console.log(`Chatly demo with Waymark: http://localhost:${info.port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
