/**
 * `npm run simulate -- --server URL --key wm_pk_demo --users N --seed S`: realistic traffic for
 * the demo project through the server's public events API, and the reference-case experiment
 * published with the admin API (`--secret`, default wm_sk_demo; `--no-publish` to skip).
 * `--env staging` publishes to and records the events in staging (default production);
 * `--holdout 0.1` is the global holdout's share (0 for none).
 *
 * `--replicates K` measures error rates end to end instead: K copies of the experiment with
 * `--users` people each (default: the planned size for the two rates), their verdicts read back
 * from the server's analytics API. Equal rates give the false-positive rate, different ones the power.
 */
import { parseArgs } from 'node:util';
import { REFERENCE_RATES } from './simulation/generateTraffic.ts';
import { replicateExperiments, replicateTraffic, REPLICATE_PREFIX, verdictShares, withReplicates } from './simulation/replicates.ts';
import { fetchExperimentResults, publishSimulation, runSimulation, sendEvents } from './simulation/runSimulation.ts';
import { SIMULATED_HOLDOUT, withSimulation } from './simulation/simulationBundle.ts';
import { sampleSizePerArm } from '../shared/stats/sampleSizePerArm.ts';

const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:4400' },
    key: { type: 'string', default: 'wm_pk_demo' },
    secret: { type: 'string', default: 'wm_sk_demo' },
    'no-publish': { type: 'boolean', default: false },
    users: { type: 'string' },
    replicates: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string' },
    days: { type: 'string', default: '7' },
    env: { type: 'string', default: 'production' },
    holdout: { type: 'string', default: String(SIMULATED_HOLDOUT.share) },
    'control-rate': { type: 'string', default: String(REFERENCE_RATES['control']) },
    'treatment-rate': { type: 'string', default: String(REFERENCE_RATES['bar-checklist-tour']) },
  },
});

function number(name: string, value: string | undefined, check: (n: number) => boolean, expected: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n) || !check(n)) {
    console.error(`simulate: --${name} must be ${expected} (got ${JSON.stringify(value)})`);
    process.exit(2);
  }
  return n;
}

const replicates = number('replicates', values.replicates, (n) => Number.isInteger(n) && n >= 0 && n <= 5000, 'an integer from 0 to 5000');
const seed = number('seed', values.seed, Number.isInteger, 'an integer');
const days = number('days', values.days, (n) => n > 0 && n <= 365, 'a number of days from 0 to 365');
const rate = (name: string, value: string | undefined) => number(name, value, (n) => n >= 0 && n <= 1, 'a share from 0 to 1');
// Default start: midnight UTC two weeks ago, so runs on the same day send the same events.
const start = values.start === undefined ? Math.floor((Date.now() - 14 * DAY) / DAY) * DAY : Number.isFinite(Number(values.start)) ? Number(values.start) : Date.parse(values.start);
if (!Number.isFinite(start)) {
  console.error(`simulate: --start must be epoch milliseconds or an ISO date (got ${JSON.stringify(values.start)})`);
  process.exit(2);
}
if (values.env !== 'production' && values.env !== 'staging') {
  console.error(`simulate: --env must be "production" or "staging" (got ${JSON.stringify(values.env)})`);
  process.exit(2);
}

const server = values.server.replace(/\/+$/, '');
const rates = { control: rate('control-rate', values['control-rate']), 'bar-checklist-tour': rate('treatment-rate', values['treatment-rate']) };
const plannedUsers = () => {
  const [a, b] = [rates.control, rates['bar-checklist-tour']];
  return 2 * (a === b || a <= 0 || a >= 1 || b <= 0 || b >= 1 ? sampleSizePerArm(0.42, 0.57) : sampleSizePerArm(a, b));
};
const users = values.users === undefined ? (replicates > 0 ? plannedUsers() : 5000) : number('users', values.users, (n) => Number.isInteger(n) && n > 0 && n <= 1_000_000, 'an integer from 1 to 1000000');
const env = values.env;
const holdoutShare = number('holdout', values.holdout, (n) => n >= 0 && n < 1, 'a share from 0 to below 1 (0 for no global holdout)');

if (replicates > 0) {
  const experiments = replicateExperiments(replicates, seed);
  const release = await publishSimulation(server, values.secret, env, (bundle) => withReplicates(withSimulation(bundle), experiments));
  console.log(`published release ${release} to ${env} with ${replicates} replicates of the experiment, ${users} users each`);
  const events = replicateTraffic(experiments, users, rates, seed, start);
  const sent = await sendEvents(server, values.key, events, 4, env);
  console.log(`sent ${events.length} events: ${sent.accepted} accepted, ${sent.duplicates} duplicates`);
  const results = (await fetchExperimentResults(server, values.secret, env)).filter((r) => r.experiment.key.startsWith(`${REPLICATE_PREFIX}${seed}-`));
  const shares = verdictShares(results.map((r) => r.result.arms.find((a) => a.vsControl)!.vsControl!.verdict));
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  console.log(`${results.length} replicates, true rates ${rates.control} vs ${rates['bar-checklist-tour']}:`);
  console.log(`  significant (p < 0.05): ${pct(shares.better + shares.worse)}  (better ${pct(shares.better)}, worse ${pct(shares.worse)})`);
  console.log(`  inconclusive ${pct(shares.inconclusive)}, not enough data ${pct(shares.not_enough_data)}, SRM alerts ${pct(shares.sample_ratio_mismatch)}`);
} else {
  const report = await runSimulation({
    server,
    publicKey: values.key,
    ...(values['no-publish'] ? {} : { secretKey: values.secret }),
    env,
    users,
    seed,
    start,
    days,
    rates,
    ...(holdoutShare > 0 ? { holdout: { ...SIMULATED_HOLDOUT, share: holdoutShare } } : {}),
    log: (line) => console.log(line),
  });
  for (const arm of report.result.arms) {
    const lift = arm.vsControl ? `  lift ${(arm.vsControl.absoluteLift.estimate * 100).toFixed(1)} pts, p=${arm.vsControl.pValue.toPrecision(3)}, ${arm.vsControl.verdict}` : '  (control)';
    console.log(`${arm.key.padEnd(20)} ${String(arm.converted).padStart(6)} / ${String(arm.exposed).padEnd(6)} = ${(arm.rate.estimate * 100).toFixed(1)}%${lift}`);
  }
  if (report.result.sampleRatioMismatch.alert) console.log(`sample ratio mismatch: p = ${report.result.sampleRatioMismatch.pValue.toPrecision(3)}`);
  if (report.holdout) {
    const [held, rest] = report.holdout.result.arms;
    const vs = rest!.vsControl!;
    console.log(`global holdout       ${String(held!.converted).padStart(6)} / ${String(held!.exposed).padEnd(6)} = ${(held!.rate.estimate * 100).toFixed(1)}%`);
    console.log(`everyone else        ${String(rest!.converted).padStart(6)} / ${String(rest!.exposed).padEnd(6)} = ${(rest!.rate.estimate * 100).toFixed(1)}%  lift ${(vs.absoluteLift.estimate * 100).toFixed(1)} pts, p=${vs.pValue.toPrecision(3)}, ${vs.verdict}`);
  }
}
