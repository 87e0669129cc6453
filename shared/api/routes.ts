/**
 * Every endpoint of the v1 API (docs/server-api.md): its method, its path from the server's
 * origin, and its status when it is not 200. Each route is its own constant, so a client (the SDK above all) bundles only the paths it
 * calls; `apiRoutes` names them all, for the server's mounting and the route-coverage test.
 * What each route takes and answers is in contract.ts, under the same name.
 */

// Public: what the SDK calls, keyed by the project's public key in the path (so sendBeacon works).
export const getBundle = { method: 'GET', path: '/v1/p/:publicKey/bundle' } as const;
export const postEvents = { method: 'POST', path: '/v1/p/:publicKey/events' } as const;
export const getUserState = { method: 'GET', path: '/v1/p/:publicKey/users/:userId/state' } as const;
export const putUserState = { method: 'PUT', path: '/v1/p/:publicKey/users/:userId/state' } as const;

// Admin: the extension, the CLI and the dashboard, with `Authorization: Bearer wm_sk_…`.
export const getProject = { method: 'GET', path: '/v1/admin/project' } as const;
export const rotateSecretKey = { method: 'POST', path: '/v1/admin/project/secret-key' } as const;
export const rotateIdentitySecret = { method: 'POST', path: '/v1/admin/project/identity-secret' } as const;
export const getDraft = { method: 'GET', path: '/v1/admin/draft' } as const;
export const putDraft = { method: 'PUT', path: '/v1/admin/draft' } as const;
export const putDraftFlow = { method: 'PUT', path: '/v1/admin/draft/flows/:flowId' } as const;
export const deleteDraftFlow = { method: 'DELETE', path: '/v1/admin/draft/flows/:flowId', status: 204 } as const;
export const publishRelease = { method: 'POST', path: '/v1/admin/releases', status: 201 } as const;
export const listReleases = { method: 'GET', path: '/v1/admin/releases' } as const;
export const getRelease = { method: 'GET', path: '/v1/admin/releases/:version' } as const;
export const rollbackEnvironment = { method: 'POST', path: '/v1/admin/environments/:env/rollback' } as const;
export const listEvents = { method: 'GET', path: '/v1/admin/events' } as const;

// Analytics reports, behind the secret key.
export const flowsReport = { method: 'GET', path: '/v1/admin/analytics/flows' } as const;
export const funnelReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/funnel' } as const;
export const goalReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/goal' } as const;
export const checklistReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/checklist' } as const;
export const anchorsReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/anchors' } as const;
export const surveysReport = { method: 'GET', path: '/v1/admin/analytics/surveys' } as const;
export const resourceCenterReport = { method: 'GET', path: '/v1/admin/analytics/resource-center' } as const;
export const milestoneTimeReport = { method: 'GET', path: '/v1/admin/analytics/milestones/:milestoneId/time' } as const;
export const journeyReport = { method: 'GET', path: '/v1/admin/analytics/journey' } as const;
export const experimentsReport = { method: 'GET', path: '/v1/admin/analytics/experiments' } as const;
export const experimentReport = { method: 'GET', path: '/v1/admin/analytics/experiments/:key' } as const;
export const holdoutReport = { method: 'GET', path: '/v1/admin/analytics/holdout' } as const;
export const flowDailyReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/daily' } as const;
export const flowBreakdownReport = { method: 'GET', path: '/v1/admin/analytics/flows/:flowId/breakdown' } as const;
export const journeyDailyReport = { method: 'GET', path: '/v1/admin/analytics/journey/daily' } as const;
export const experimentBreakdownReport = { method: 'GET', path: '/v1/admin/analytics/experiments/:key/breakdown' } as const;

// Webhooks and anchor health (docs/ci.md), behind the secret key.
export const listWebhooks = { method: 'GET', path: '/v1/admin/webhooks' } as const;
export const createWebhook = { method: 'POST', path: '/v1/admin/webhooks', status: 201 } as const;
export const deleteWebhook = { method: 'DELETE', path: '/v1/admin/webhooks/:id', status: 204 } as const;
export const listWebhookDeliveries = { method: 'GET', path: '/v1/admin/webhook-deliveries' } as const;
export const getAnchorHealth = { method: 'GET', path: '/v1/admin/anchor-health' } as const;
export const putAnchorHealthSettings = { method: 'PUT', path: '/v1/admin/anchor-health/settings' } as const;

export const apiRoutes = {
  getBundle,
  postEvents,
  getUserState,
  putUserState,
  getProject,
  rotateSecretKey,
  rotateIdentitySecret,
  getDraft,
  putDraft,
  putDraftFlow,
  deleteDraftFlow,
  publishRelease,
  listReleases,
  getRelease,
  rollbackEnvironment,
  listEvents,
  flowsReport,
  funnelReport,
  goalReport,
  checklistReport,
  anchorsReport,
  surveysReport,
  resourceCenterReport,
  milestoneTimeReport,
  journeyReport,
  experimentsReport,
  experimentReport,
  holdoutReport,
  flowDailyReport,
  flowBreakdownReport,
  journeyDailyReport,
  experimentBreakdownReport,
  listWebhooks,
  createWebhook,
  deleteWebhook,
  listWebhookDeliveries,
  getAnchorHealth,
  putAnchorHealthSettings,
} as const;

export type ApiRoutes = typeof apiRoutes;
export type RouteName = keyof ApiRoutes;
export type Route = ApiRoutes[RouteName];
