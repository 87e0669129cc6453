import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/Db.ts';
import { checkAllowedOrigins } from './allowedOrigin.ts';
import { generateKey, hashSecretKey } from './keys.ts';

export interface Project {
  id: string;
  name: string;
  publicKey: string;
  /** Origins allowed to call the public endpoints; empty means any. */
  allowedOrigins: string[];
  identitySecret: string;
  /** The identity secret before the last rotation, still accepted until `previousIdentitySecretUntil`. */
  previousIdentitySecret?: string;
  previousIdentitySecretUntil?: number;
  identityVerification: boolean;
}

export interface NewProject {
  id?: string;
  name: string;
  publicKey?: string;
  secretKey?: string;
  allowedOrigins?: string[];
  identitySecret?: string;
  /** Default true: user state and user events need the user's identity hash. */
  identityVerification?: boolean;
}

interface ProjectRow {
  id: string;
  name: string;
  public_key: string;
  allowed_origins: string[];
  identity_secret: string;
  identity_verification: boolean;
  previous_identity_secret: string | null;
  previous_identity_secret_until: number | null;
}

const columns = 'id, name, public_key, allowed_origins, identity_secret, identity_verification, previous_identity_secret, previous_identity_secret_until';

function toProject(row: ProjectRow): Project {
  return {
    id: row.id,
    name: row.name,
    publicKey: row.public_key,
    allowedOrigins: row.allowed_origins,
    identitySecret: row.identity_secret,
    identityVerification: row.identity_verification,
    ...(row.previous_identity_secret !== null && row.previous_identity_secret_until !== null
      ? { previousIdentitySecret: row.previous_identity_secret, previousIdentitySecretUntil: row.previous_identity_secret_until }
      : {}),
  };
}

/** Creates a project; the secret key is returned here only (the database keeps its hash). */
export async function createProject(db: Queryable, input: NewProject): Promise<{ project: Project; secretKey: string }> {
  checkAllowedOrigins(input.allowedOrigins ?? []);
  const secretKey = input.secretKey ?? generateKey('wm_sk_');
  const { rows } = await db.query<ProjectRow>(
    `insert into projects (id, name, public_key, secret_key_hash, allowed_origins, identity_secret, identity_verification, created_at)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) returning ${columns}`,
    [
      input.id ?? randomUUID(),
      input.name,
      input.publicKey ?? generateKey('wm_pk_'),
      hashSecretKey(secretKey),
      JSON.stringify(input.allowedOrigins ?? []),
      input.identitySecret ?? generateKey('wm_is_'),
      input.identityVerification ?? true,
      Date.now(),
    ],
  );
  return { project: toProject(rows[0]!), secretKey };
}

export async function findProjectByPublicKey(db: Queryable, publicKey: string): Promise<Project | undefined> {
  const { rows } = await db.query<ProjectRow>(`select ${columns} from projects where public_key = $1`, [publicKey]);
  return rows[0] && toProject(rows[0]);
}

export async function findProjectBySecretKey(db: Queryable, secretKey: string): Promise<Project | undefined> {
  const { rows } = await db.query<ProjectRow>(`select ${columns} from projects where secret_key_hash = $1`, [hashSecretKey(secretKey)]);
  return rows[0] && toProject(rows[0]);
}

export async function findProject(db: Queryable, id: string): Promise<Project | undefined> {
  const { rows } = await db.query<ProjectRow>(`select ${columns} from projects where id = $1`, [id]);
  return rows[0] && toProject(rows[0]);
}

export async function countProjects(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from projects`);
  return rows[0]!.n;
}

/** A new secret key for the project; the old one stops working at once. Returns the new key (shown only here). */
export async function rotateSecretKey(db: Queryable, projectId: string): Promise<string> {
  const secretKey = generateKey('wm_sk_');
  await db.query(`update projects set secret_key_hash = $2 where id = $1`, [projectId, hashSecretKey(secretKey)]);
  return secretKey;
}

/**
 * A new identity secret; the current one keeps verifying hashes for `graceMs` (pages signed before
 * the rotation, until the backend signs with the new one). A secret older than that is dropped.
 */
export async function rotateIdentitySecret(db: Queryable, projectId: string, graceMs: number, now = Date.now()): Promise<{ identitySecret: string; previousValidUntil: number }> {
  const identitySecret = generateKey('wm_is_');
  const previousValidUntil = now + graceMs;
  await db.query(
    `update projects set previous_identity_secret = identity_secret, previous_identity_secret_until = $3, identity_secret = $2 where id = $1`,
    [projectId, identitySecret, previousValidUntil],
  );
  return { identitySecret, previousValidUntil };
}
