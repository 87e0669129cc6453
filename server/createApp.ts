import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { readFile } from 'node:fs/promises';
import type { ApiOptions } from './api/ApiEnv.ts';
import { assetPaths } from './assetPaths.ts';
import { createApi } from './api/createApi.ts';
import { demoIdentity } from './demoIdentity.ts';
import { hostileDemo } from './hostileDemo.ts';

export interface AppOptions extends ApiOptions {
  /** Build output with `sdk/` and `demo/` (see scripts/build.ts). Default `dist`. */
  distDir?: string;
  /** The demo's source folder, for index.html, app.css and flow bundles. Default `demo`; null serves no demo. */
  demoDir?: string | null;
  /** Serve the demo's user-hash signer (server/demoIdentity.ts): loopback development servers only. */
  demoIdentity?: boolean;
}

/** The Waymark server: the v1 API under /v1, the SDK builds and the demo app. */
export function createApp({ distDir = assetPaths.distDir, demoDir = assetPaths.demoDir, demoIdentity: signDemoUsers = false, ...api }: AppOptions): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/v1', createApi(api));
  if (signDemoUsers) app.route('/', demoIdentity(api.db));
  if (demoDir !== null) app.route('/', hostileDemo({ distDir, demoDir }));
  // The split builds import waymark.ui.js as a module: from another origin that is a CORS request.
  app.use('/sdk/*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
  });
  app.use('/sdk/*', serveStatic({ root: distDir }));
  if (demoDir === null) return app;
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
