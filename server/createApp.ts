import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import { hostileDemo } from './hostileDemo.ts';

export interface AppOptions {
  /** Build output with `sdk/` and `demo/` (see scripts/build.ts). Default `dist`. */
  distDir?: string;
  /** The demo's source folder, for index.html, app.css and flow bundles. Default `demo`. */
  demoDir?: string;
}

/**
 * The Waymark server. For now it serves the SDK builds and the demo app; the flow registry,
 * event ingest and user state (a later step) mount beside these routes.
 */
export function createApp({ distDir = 'dist', demoDir = 'demo' }: AppOptions = {}): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/', hostileDemo({ distDir, demoDir }));
  app.use('/sdk/*', serveStatic({ root: distDir }));
  app.use('/demo/app.js', serveStatic({ root: distDir }));
  app.use('/demo/app.js.map', serveStatic({ root: distDir }));
  app.use('/demo/waymark-setup.js', serveStatic({ root: distDir }));
  app.use('/demo/app.css', serveStatic({ path: `${demoDir}/app.css` }));
  app.use('/demo/flows/*', serveStatic({ root: demoDir, rewriteRequestPath: (path) => path.replace(/^\/demo/, '') }));
  // Every other GET is a route of the demo SPA.
  app.get('*', async (c) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound();
    return c.html(await readFile(`${demoDir}/index.html`, 'utf8'));
  });
  return app;
}
