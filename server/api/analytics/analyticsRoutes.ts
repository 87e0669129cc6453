import { Hono, type Context } from 'hono';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { analyzeHoldout } from '../../../shared/stats/analyzeHoldout.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { anchorMissingSql } from '../../store/analytics/anchorMissingSql.ts';
import { checklistCompletionSql } from '../../store/analytics/checklistCompletionSql.ts';
import { experimentArmsSql } from '../../store/analytics/experimentArmsSql.ts';
import { flowFunnelSql } from '../../store/analytics/flowFunnelSql.ts';
import { flowTotalsSql } from '../../store/analytics/flowTotalsSql.ts';
import { holdoutArmsSql } from '../../store/analytics/holdoutArmsSql.ts';
import { goalConversionSql } from '../../store/analytics/goalConversionSql.ts';
import { journeyMapSql } from '../../store/analytics/journeyMapSql.ts';
import { surveyResultsSql } from '../../store/analytics/surveyResultsSql.ts';
import { resourceCenterUsageSql } from '../../store/analytics/resourceCenterUsageSql.ts';
import { timeToMilestoneSql } from '../../store/analytics/timeToMilestoneSql.ts';
import { experimentDailySql } from '../../store/analytics/experimentDailySql.ts';
import { flowDailySql } from '../../store/analytics/flowDailySql.ts';
import { journeyDailySql } from '../../store/analytics/journeyDailySql.ts';
import { experimentTrend } from '../../../shared/stats/experimentTrend.ts';
import { recentDailyRate } from '../../../shared/stats/recentDailyRate.ts';
import { experimentBreakdownSql } from '../../store/analytics/experimentBreakdownSql.ts';
import { flowBreakdownSql } from '../../store/analytics/flowBreakdownSql.ts';
import { guardrailArmsSql } from '../../store/analytics/guardrailArmsSql.ts';
import { preExposureSumsSql } from '../../store/analytics/preExposureSumsSql.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import { parseBreakdown } from './parseBreakdown.ts';
import { flowHasEvents } from '../../store/analytics/flowHasEvents.ts';
import { reportSession, ReportTimeoutError } from '../../store/analytics/reportSession.ts';
import { reportsAsOf } from '../../store/analytics/reportsAsOf.ts';
import type { ApiEnv, ApiOptions } from '../ApiEnv.ts';
import { ApiError } from '../ApiError.ts';
import { parseIntegerParam } from '../payloads.ts';
import { parseIdParam, parseReportQuery, type ReportQuery } from './parseReportQuery.ts';
import { reportBundle } from './reportBundle.ts';
import { mountRoute } from '../mountRoute.ts';
import { ANALYTICS_PREFIX } from '../mountPrefixes.ts';

const DAY_MS = 86_400_000;

/** The control arm: the variant that shows no flow, else the first. */
function controlOf(experiment: Experiment): string {
  return (experiment.variants.find((v) => v.flowId === null) ?? experiment.variants[0]!).key;
}

/**
 * Analytics and experiment results over the project's events (docs/server-api.md, Analytics),
 * counted in SQL; mounted under /v1/admin/analytics behind the secret-key check.
 */
export function analyticsRoutes(options: ApiOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  const reportsDb = options.reportsDb ?? options.db;
  const db = reportSession(reportsDb, options.reportTimeoutMs === undefined ? {} : { timeoutMs: options.reportTimeoutMs });
  // Every report says how fresh its data is: a replica's replay position, else the time it was asked.
  app.use('*', async (c, next) => {
    c.header('Waymark-Reports-As-Of', new Date(await reportsAsOf(reportsDb)).toISOString());
    await next();
  });
  app.onError((error, c) => {
    if (!(error instanceof ReportTimeoutError)) throw error;
    const report = c.req.path.replace(/^.*?\/analytics\//, '');
    const seconds = Math.max(1, Math.ceil(error.timeoutMs / 1000));
    const failure = new ApiError(503, 'report_timeout', `report ${JSON.stringify(report)} did not finish within ${error.timeoutMs} ms and was cancelled; narrow it (date range, environment) or raise WAYMARK_REPORT_TIMEOUT_MS`, {}, { 'Retry-After': String(seconds) });
    return c.json({ error: { ...failure.toBody().error, report } }, 503, failure.headers);
  });

  const context = async (c: Context<ApiEnv>) => {
    const query = parseReportQuery((name) => c.req.query(name));
    return { projectId: c.get('project').id, query, ...(await reportBundle(options.db, c.get('project').id, query)) };
  };

  /** The flow from the report's bundle, with the filter narrowed to its version in an explicit release. */
  const flowContext = async (c: Context<ApiEnv>) => {
    const base = await context(c);
    const flowId = parseIdParam(c.req.param('flowId'), 'flowId')!;
    const flow = base.bundle.flows.find((f) => f.id === flowId);
    if (!flow && !(await flowHasEvents(db, base.projectId, flowId))) {
      throw new ApiError(404, 'unknown_flow', `release ${base.release.version} has no flow ${JSON.stringify(flowId)} and no events mention it`);
    }
    const filter = { ...base.query.filter };
    if (flow && base.query.release !== undefined && filter.flowVersion === undefined) filter.flowVersion = flow.version;
    return { ...base, flowId, flow, filter };
  };

  mountRoute(app, ANALYTICS_PREFIX, 'flowsReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const totals = new Map((await flowTotalsSql(db, projectId, query.filter)).map((t) => [t.flowId, t]));
    const describe = (flow: Flow | undefined, flowId: string) => {
      const t = totals.get(flowId) ?? { started: 0, completed: 0, dismissed: 0 };
      return {
        id: flowId,
        name: flow?.name ?? flowId,
        kind: flow?.kind ?? null,
        version: flow?.version ?? null,
        journeyStage: flow?.journeyStage ?? null,
        goal: flow?.goal?.milestone ?? null,
        steps: flow?.steps.map((s) => s.id) ?? [],
        checklistItems: flow?.checklist?.items.map((i) => i.id) ?? [],
        surveySteps: flow?.steps.filter((s) => s.type === 'survey').map((s) => s.id) ?? [],
        inRelease: flow !== undefined,
        started: t.started,
        completed: t.completed,
        dismissed: t.dismissed,
        completionRate: t.started > 0 ? t.completed / t.started : 0,
      };
    };
    const flows = [...bundle.flows.map((f) => describe(f, f.id)), ...[...totals.keys()].filter((id) => !bundle.flows.some((f) => f.id === id)).map((id) => describe(undefined, id))];
    return { release, flows, milestones: (bundle.milestones ?? []).map(({ id, name, stage }) => ({ id, name, stage })) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'funnelReport', async (c) => {
    const { projectId, flowId, flow, filter, release } = await flowContext(c);
    return { release, filter, funnel: await flowFunnelSql(db, projectId, flowId, { steps: flow?.steps.map((s) => s.id) ?? [], filter }) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'goalReport', async (c) => {
    const { projectId, flowId, flow, filter, release } = await flowContext(c);
    const goal = parseIdParam(c.req.query('goal'), 'goal') ?? flow?.goal?.milestone;
    if (!goal) throw new ApiError(400, 'invalid_query', `goal: flow ${JSON.stringify(flowId)} has no goal milestone; pass goal=<milestone id>`, { path: 'goal' });
    const days = parseIntegerParam(c.req.query('windowDays'), 'windowDays', { min: 1, max: 365, fallback: 0 });
    const windowDays = days > 0 ? days : c.req.query('goal') === undefined ? flow?.goal?.withinDays : undefined;
    const conversion = await goalConversionSql(db, projectId, flowId, goal, { filter, ...(windowDays !== undefined ? { windowMs: windowDays * DAY_MS } : {}) });
    return { release, filter, goal, windowDays: windowDays ?? null, conversion };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'flowDailyReport', async (c) => {
    const { projectId, flowId, filter, release } = await flowContext(c);
    return { release, filter, days: await flowDailySql(db, projectId, flowId, filter) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'flowBreakdownReport', async (c) => {
    const { projectId, flowId, filter, release } = await flowContext(c);
    const breakdown = parseBreakdown(c.req.query('by'), ['device', 'trait', 'version']);
    return { release, filter, by: breakdown, segments: await flowBreakdownSql(db, projectId, flowId, breakdown, filter) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'checklistReport', async (c) => {
    const { projectId, flowId, flow, filter, release } = await flowContext(c);
    return { release, filter, checklist: await checklistCompletionSql(db, projectId, flowId, { items: flow?.checklist?.items.map((i) => i.id) ?? [], filter }) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'anchorsReport', async (c) => {
    const { projectId, flowId, flow, filter, release } = await flowContext(c);
    return { release, filter, steps: await anchorMissingSql(db, projectId, flowId, { steps: flow?.steps.map((s) => s.id) ?? [], filter }) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'resourceCenterReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const usage = await resourceCenterUsageSql(db, projectId, { filter: query.filter });
    // Names for what the counts are keyed by, from the release's resource centers and flows.
    const items: Record<string, string> = {};
    const sections: Record<string, string> = {};
    for (const flow of bundle.flows) {
      for (const section of flow.resourceCenter?.sections ?? []) {
        if (section.title) sections[section.id] = section.title;
        if ('items' in section) for (const item of section.items as Array<{ id: string; title?: string; flowId?: string }>) items[item.id] = item.title ?? bundle.flows.find((f) => f.id === item.flowId)?.name ?? item.id;
      }
    }
    const flows = Object.fromEntries(bundle.flows.map((f) => [f.id, f.name]));
    const centers = bundle.flows.filter((f) => f.kind === 'resource-center').map((f) => ({ id: f.id, name: f.name }));
    return { release, filter: query.filter, resourceCenters: centers, names: { items, sections, flows }, usage };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'surveysReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const flowId = parseIdParam(c.req.query('flowId'), 'flowId');
    const stepId = parseIdParam(c.req.query('stepId'), 'stepId');
    const filter = { ...query.filter };
    const flow = flowId === undefined ? undefined : bundle.flows.find((f) => f.id === flowId);
    if (flow && query.release !== undefined && filter.flowVersion === undefined) filter.flowVersion = flow.version;
    const results = await surveyResultsSql(db, projectId, { filter, ...(flowId !== undefined ? { flowId } : {}), ...(stepId !== undefined ? { stepId } : {}) });
    return { release, filter, surveys: results };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'milestoneTimeReport', async (c) => {
    const { projectId, query, release } = await context(c);
    const milestone = parseIdParam(c.req.param('milestoneId'), 'milestoneId')!;
    const since = parseIdParam(c.req.query('since'), 'since');
    return { release, filter: query.filter, milestone, since: since ?? null, time: await timeToMilestoneSql(db, projectId, milestone, { filter: query.filter, ...(since ? { since } : {}) }) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'journeyReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    return { release, filter: query.filter, journey: await journeyMapSql(db, projectId, bundle.milestones ?? [], query.filter) };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'journeyDailyReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    return { release, filter: query.filter, ...(await journeyDailySql(db, projectId, bundle.milestones ?? [], query.filter)) };
  });

  const experimentScope = (query: ReportQuery) => {
    const { from, to } = query.filter;
    return { env: query.env, ...(query.filter.verifiedOnly ? { verifiedOnly: true } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  };
  // As it reads inside the verdict's sentence: "lowers teammate invited from 35% to 22%" (an acronym keeps its case).
  const milestoneNamer = (bundle: Bundle) => (id: string) => {
    const name = bundle.milestones?.find((m) => m.id === id)?.name ?? id;
    return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  };

  const experimentReport = async (projectId: string, experiment: Experiment, query: ReportQuery, bundle: Bundle) => {
    const scope = experimentScope(query);
    const arms = await experimentArmsSql(db, projectId, experiment, scope);
    const days = await experimentDailySql(db, projectId, experiment, scope);
    const planned = experiment.plannedUsersPerArm ? { plannedUsersPerArm: experiment.plannedUsersPerArm } : {};
    const exposuresPerDay = recentDailyRate(days.map((d) => ({ day: d.day, count: d.arms.reduce((n, a) => n + a.exposed, 0) })), Date.now());
    // Guardrail counts and CUPED's covariate sums are aggregated here; no person leaves the database.
    const guardrails = experiment.guardrails?.length ? await guardrailArmsSql(db, projectId, experiment, { ...scope, milestoneName: milestoneNamer(bundle) }) : [];
    const cuped = experiment.cuped ? await preExposureSumsSql(db, projectId, experiment, scope) : undefined;
    return {
      experiment,
      arms,
      result: analyzeExperiment(arms, { control: controlOf(experiment), ...planned, ...(guardrails.length ? { guardrails } : {}), ...(cuped ? { cuped } : {}) }),
      exposuresPerDay,
      daily: experimentTrend(days, arms, { control: controlOf(experiment), ...planned }),
    };
  };

  mountRoute(app, ANALYTICS_PREFIX, 'experimentsReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const experiments = [];
    for (const experiment of bundle.experiments ?? []) experiments.push(await experimentReport(projectId, experiment, query, bundle));
    return { release, filter: { env: query.env, from: query.filter.from, to: query.filter.to }, experiments };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'holdoutReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const running = bundle.experiments?.find((e) => (e.status ?? 'running') === 'running') ?? bundle.experiments?.[0];
    const goal = parseIdParam(c.req.query('goal'), 'goal') ?? running?.goal;
    if (!goal) throw new ApiError(400, 'invalid_query', `goal: release ${release.version} has no experiment to take a goal from; pass goal=<milestone id>`, { path: 'goal' });
    const days = parseIntegerParam(c.req.query('windowDays'), 'windowDays', { min: 1, max: 365, fallback: 0 });
    // The experiment's attribution window goes with its goal; a goal of your own counts any time after.
    const windowDays = days > 0 ? days : c.req.query('goal') === undefined ? running?.attributionDays : undefined;
    const { from, to } = query.filter;
    const arms = await holdoutArmsSql(db, projectId, {
      goal,
      env: query.env,
      ...(query.filter.verifiedOnly ? { verifiedOnly: true } : {}),
      ...(windowDays !== undefined ? { windowMs: windowDays * DAY_MS } : {}),
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
    });
    const holdout = bundle.holdout && bundle.holdout.share > 0 && bundle.holdout.share < 1 ? bundle.holdout : null;
    return { release, filter: { env: query.env, from, to }, holdout, goal, windowDays: windowDays ?? null, arms, result: holdout ? analyzeHoldout(arms, holdout.share) : null };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'experimentBreakdownReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const key = parseIdParam(c.req.param('key'), 'key')!;
    const experiment = bundle.experiments?.find((e) => e.key === key);
    if (!experiment) throw new ApiError(404, 'unknown_experiment', `release ${release.version} has no experiment ${JSON.stringify(key)}`);
    const breakdown = parseBreakdown(c.req.query('by'), ['device', 'trait']);
    const planned = experiment.plannedUsersPerArm ? { plannedUsersPerArm: experiment.plannedUsersPerArm } : {};
    const segments = await experimentBreakdownSql(db, projectId, experiment, breakdown, experimentScope(query));
    return {
      release,
      filter: { env: query.env, from: query.filter.from, to: query.filter.to },
      by: breakdown,
      segments: segments.map((s) => ({ ...s, result: analyzeExperiment(s.arms, { control: controlOf(experiment), ...planned }) })),
    };
  });

  mountRoute(app, ANALYTICS_PREFIX, 'experimentReport', async (c) => {
    const { projectId, query, release, bundle } = await context(c);
    const key = parseIdParam(c.req.param('key'), 'key')!;
    const experiment = bundle.experiments?.find((e) => e.key === key);
    if (!experiment) throw new ApiError(404, 'unknown_experiment', `release ${release.version} has no experiment ${JSON.stringify(key)}`);
    return { release, filter: { env: query.env, from: query.filter.from, to: query.filter.to }, ...(await experimentReport(projectId, experiment, query, bundle)) };
  });

  return app;
}
