/**
 * `npm run simulate -- --server URL --key wm_pk_demo --users N --seed S`: realistic traffic for
 * the demo project through the server's public events API, and the reference-case experiment
 * published with the admin API (`--secret`, default wm_sk_demo; `--no-publish` to skip).
 */
import { parseArgs } from 'node:util';
import { REFERENCE_RATES } from './simulation/generateTraffic.ts';
import { runSimulation } from './simulation/runSimulation.ts';

const DAY = 86_400_000;
const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:4400' },
    key: { type: 'string', default: 'wm_pk_demo' },
    secret: { type: 'string', default: 'wm_sk_demo' },
    'no-publish': { type: 'boolean', default: false },
    users: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    start: { type: 'string' },
    days: { type: 'string', default: '7' },
    env: { type: 'string', default: 'production' },
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

const users = number('users', values.users, (n) => Number.isInteger(n) && n > 0 && n <= 1_000_000, 'an integer from 1 to 1000000');
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

const report = await runSimulation({
  server: values.server.replace(/\/+$/, ''),
  publicKey: values.key,
  ...(values['no-publish'] ? {} : { secretKey: values.secret }),
  env: values.env,
  users,
  seed,
  start,
  days,
  rates: { control: rate('control-rate', values['control-rate']), 'bar-checklist-tour': rate('treatment-rate', values['treatment-rate']) },
  log: (line) => console.log(line),
});
for (const arm of report.result.arms) {
  const lift = arm.vsControl ? `  lift ${(arm.vsControl.absoluteLift.estimate * 100).toFixed(1)} pts, p=${arm.vsControl.pValue.toPrecision(3)}, ${arm.vsControl.verdict}` : '  (control)';
  console.log(`${arm.key.padEnd(20)} ${String(arm.converted).padStart(6)} / ${String(arm.exposed).padEnd(6)} = ${(arm.rate.estimate * 100).toFixed(1)}%${lift}`);
}
if (report.result.sampleRatioMismatch.alert) console.log(`sample ratio mismatch: p = ${report.result.sampleRatioMismatch.pValue.toPrecision(3)}`);
