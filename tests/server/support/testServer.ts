import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe } from 'vitest';
import type { AlertOptions } from '../../../server/alerts/AlertEvent.ts';
import type { RateLimits } from '../../../server/api/ApiEnv.ts';
import { createApp } from '../../../server/createApp.ts';
import type { Db } from '../../../server/db/Db.ts';
import { createProject, type NewProject, type Project } from '../../../server/store/projects.ts';
import { databaseAvailable, databaseKinds, openTestDatabase, type DatabaseKind } from './testDatabase.ts';

export interface TestServer {
  kind: DatabaseKind;
  db: Db;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** A new project with random keys, so tests in one file never share data. */
  project(input?: Partial<NewProject>): Promise<{ project: Project; secretKey: string }>;
}

export interface TestServerOptions {
  rateLimits?: Partial<RateLimits>;
  reportTimeoutMs?: number;
  trustedProxies?: number;
  alerts?: AlertOptions;
}

/**
 * Runs `body` once per database kind against a real server on a random port backed by a real
 * database (PGlite and a Postgres cluster). The returned object is filled in beforeAll.
 */
export function describeEachDatabase(name: string, body: (server: TestServer) => void, options: TestServerOptions = {}): void {
  for (const kind of databaseKinds) {
    const suite = databaseAvailable(kind) ? describe : describe.skip;
    suite(`${name} (${kind})`, () => {
      const server = { kind } as TestServer;
      let close = async () => {};
      beforeAll(async () => {
        const db = await openTestDatabase(kind);
        const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
          const s = serve({ fetch: createApp({ db, ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}), ...(options.reportTimeoutMs !== undefined ? { reportTimeoutMs: options.reportTimeoutMs } : {}), ...(options.trustedProxies !== undefined ? { trustedProxies: options.trustedProxies } : {}), ...(options.alerts ? { alerts: options.alerts } : {}) }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
        });
        Object.assign(server, {
          db,
          url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
          project: (input: Partial<NewProject> = {}) => createProject(db, { name: 'Test project', ...input }),
        });
        close = async () => {
          await new Promise<void>((resolve) => http.close(() => resolve()));
          await db.close();
        };
      });
      afterAll(() => close());
      body(server);
    });
  }
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const bearer = (secretKey: string): Record<string, string> => ({ Authorization: `Bearer ${secretKey}` });
