import { Hono } from 'hono';
import { userHash } from './api/verifyUserHash.ts';
import type { Db } from './db/Db.ts';
import { findProject } from './store/projects.ts';
import { demoProject } from './seedDemoProject.ts';

/**
 * The demo's stand-in for a customer's backend: `GET /demo/user-hash?userId=…` answers the demo
 * user's identity hash, which the demo page passes to the SDK as `server.userHash`. The demo signs
 * whoever `?user=` names (it has no passwords), so this is mounted only on loopback.
 */
export function demoIdentity(db: Db): Hono {
  const app = new Hono();
  app.get('/demo/user-hash', async (c) => {
    const userId = c.req.query('userId') ?? '';
    if (userId.length < 1 || userId.length > 200) return c.json({ error: { code: 'invalid_user_id', message: 'userId: must be 1–200 characters', path: 'userId' } }, 400);
    const project = await findProject(db, demoProject.id);
    if (!project) return c.json({ error: { code: 'no_demo', message: 'this server has no demo project' } }, 404);
    c.header('Cache-Control', 'no-store');
    return c.json({ userHash: userHash(project.identitySecret, userId) });
  });
  return app;
}
