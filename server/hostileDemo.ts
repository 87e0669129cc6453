import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The policy of the CSP demo variant: no inline code or style, no eval, Trusted Types enforced with no policy allowed. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * The policy for a page that pastes the async snippet inline: the snippet's script carries the nonce,
 * and its loader may create the one Trusted Types policy Waymark documents (`waymark`) to set the SDK's URL.
 */
export const snippetCsp = (nonce: string, trustedTypes = 'waymark'): string =>
  `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

export interface HostileDemoOptions {
  distDir: string;
  demoDir: string;
}

/**
 * Demo variants for hostile ground: any demo page with `?csp=strict` is served under STRICT_CSP,
 * `/hostile/css` is a page whose stylesheet fights every overlay, `/hostile/snippet` pastes the
 * async snippet inline with a fresh nonce, and `/hostile/blank` is a bare host page for tests.
 */
export function hostileDemo({ distDir, demoDir }: HostileDemoOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    if (c.req.query('csp') === 'strict' && c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.res.headers.set('Content-Security-Policy', STRICT_CSP);
    }
  });
  app.use('/demo/hostile/*.js', serveStatic({ root: distDir }));
  app.use('/demo/hostile/*.css', serveStatic({ root: demoDir, rewriteRequestPath: (path) => path.replace(/^\/demo/, '') }));
  app.get('/hostile/css', async (c) => c.html(await readFile(`${demoDir}/hostile/hostileCss.html`, 'utf8')));
  app.get('/hostile/blank', async (c) => c.html(await readFile(`${demoDir}/hostile/blank.html`, 'utf8')));
  app.get('/hostile/snippet', async (c) => {
    const nonce = randomBytes(16).toString('base64');
    const tt = c.req.query('tt') === 'none' ? "'none'" : 'waymark';
    const [page, snippet] = await Promise.all([readFile(`${demoDir}/hostile/snippet.html`, 'utf8'), readFile(`${distDir}/sdk/waymark.snippet.js`, 'utf8')]);
    // Under `trusted-types 'none'` the loader cannot set a script URL, so the page adds the SDK's own script tag.
    const sdkTag = tt === "'none'" ? '<script async src="/sdk/waymark.iife.js"></script>' : '';
    const html = page.replaceAll('{{nonce}}', nonce).replace('{{snippet}}', () => snippet.trim()).replace('{{sdkTag}}', sdkTag);
    c.header('Content-Security-Policy', snippetCsp(nonce, tt));
    return c.html(html);
  });
  return app;
}
