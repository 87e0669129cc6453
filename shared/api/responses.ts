import type { EventEnvelope } from '../schema/event.ts';
import type { AlertType } from './alertTypes.ts';
import type { Environment } from './environment.ts';
import type { AnchorHealthSettings } from './requests.ts';

/** `GET /v1/admin/project`: the project the secret key opens. */
export interface ProjectInfo {
  id: string;
  name: string;
  publicKey: string;
  allowedOrigins: string[];
  identityVerification: boolean;
}

export interface SecretKeyRotation {
  /** The new `wm_sk_…` key, shown only now; the old key stops working. */
  secretKey: string;
}

export interface IdentitySecretRotation {
  identitySecret: string;
  /** Until when (epoch ms) hashes made with the previous secret still count. */
  previousValidUntil: number;
}

/** What an event batch did: events stored now, and events whose id was already stored (a retry). */
export interface IngestResult {
  accepted: number;
  duplicates: number;
}

export interface PublishResponse {
  version: number;
  env: Environment;
  etag: string;
}

/** One release of the project, as the releases list shows it. */
export interface ReleaseSummary {
  version: number;
  createdAt: number;
  note: string | null;
  flowIds: string[];
  /** The environments pointing at this release now. */
  environments: Environment[];
}

export interface ReleaseList {
  releases: ReleaseSummary[];
}

export interface RollbackResponse {
  env: Environment;
  version: number;
  etag: string;
}

/** An event as the server stored it. */
export interface StoredEvent extends EventEnvelope {
  /** The environment the batch was sent to. */
  env: Environment;
  /** The userId came with a valid identity hash (identity verification on). */
  verified: boolean;
  receivedAt: number;
}

/** `GET /v1/admin/events`: a page in the order events were received; `next` is the cursor of the next page, null at the end. */
export interface EventPage {
  events: StoredEvent[];
  next: string | null;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  /** Empty: every event type. */
  events: AlertType[];
  createdAt: number;
}

/** A new endpoint, with the secret its deliveries are signed with (shown only now). */
export interface CreatedWebhookEndpoint extends WebhookEndpoint {
  secret: string;
}

export interface WebhookDelivery {
  id: string;
  endpointId: string;
  type: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: number | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: number;
  deliveredAt: number | null;
}

/** A live step whose anchor went missing for too many users. */
export interface BrokenStep {
  env: Environment;
  flowId: string;
  flowVersion: number;
  stepId: string;
  users: number;
  missing: number;
  since: number;
}

export interface AnchorHealth {
  settings: AnchorHealthSettings;
  broken: BrokenStep[];
}
