import { peekingSimulation, type PolicyOutcome } from '../../scripts/simulation/peekingSimulation.ts';
import { sampleSizePerArm } from '../../shared/stats/sampleSizePerArm.ts';
import { printTable } from './printTable.ts';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const pts = (x: number) => `${(100 * x).toFixed(2)} pts`;

/**
 * The peeking and CUPED figures of docs/statistics.md: 2,000 seeded A/A experiments at 42%, 50
 * users per arm a day, read every day for 28 days; the power of each reading on 42% → 57% at
 * the planned sample; CUPED's narrower intervals. Same seeds, same figures.
 */
export function peekingTables(experiments = 2000): void {
  const days = Array.from({ length: 28 }, (_, d) => 50 * (d + 1));
  const planned = sampleSizePerArm(0.42, 0.57);
  const started = performance.now();

  const aa = peekingSimulation({
    experiments,
    looks: days,
    rates: { control: 0.42, treatment: 0.42 },
    seed: 20260607,
    policies: [
      { name: 'fixed-horizon, read daily', method: 'fixed' },
      { name: 'fixed-horizon, read on day 28 only', method: 'fixed', finalLookOnly: true },
      { name: 'sequential, read daily (tuned for 28 days)', method: 'sequential' },
      { name: `sequential, read daily (tuned for ${planned}/arm)`, method: 'sequential', plannedUsersPerArm: planned },
      { name: 'default: sequential, fixed-horizon at the plan (day 28)', method: 'auto' },
      { name: 'sequential + CUPED, read daily', method: 'sequential', cuped: true },
      { name: 'fixed-horizon + CUPED, day 28 only', method: 'fixed', finalLookOnly: true, cuped: true },
    ],
  });
  const firstDay = (p: PolicyOutcome) => {
    const i = p.byLook.findIndex((x) => x > 0);
    return i < 0 ? '—' : String(i + 1);
  };
  printTable(`A/A: ${experiments.toLocaleString('en-US')} experiments at 42% vs 42%, 50 users per arm a day, 28 daily looks (significant = 95% interval excludes 0, after the sample gate)`, ['reading', 'significant on some day', 'by day 7', 'by day 14', 'first day'],
    aa.policies.map((p) => [p.name, pct(p.anyLook), pct(p.byLook[6]!), pct(p.byLook[13]!), firstDay(p)]));

  const power = peekingSimulation({
    experiments,
    looks: [50, 100, 150, planned],
    rates: { control: 0.42, treatment: 0.57 },
    seed: 20260608,
    policies: [
      { name: `fixed-horizon at the plan (${planned}/arm)`, method: 'fixed', finalLookOnly: true },
      { name: 'sequential, read daily to the plan', method: 'sequential' },
      { name: 'default: sequential, fixed-horizon at the plan', method: 'auto' },
      { name: 'fixed-horizon + CUPED at the plan', method: 'fixed', finalLookOnly: true, cuped: true },
      { name: 'sequential + CUPED, daily to the plan', method: 'sequential', cuped: true },
    ],
  });
  printTable(`Power: 42% → 57%, looks at 50, 100, 150 and ${planned} users per arm (${planned} planned for 80% power)`, ['reading', 'detected', 'mean 95% interval width at the last look read'],
    power.policies.map((p) => [p.name, pct(p.anyLook), pts(p.meanWidth)]));

  const longer = peekingSimulation({
    experiments,
    looks: Array.from({ length: 60 }, (_, i) => 10 * (i + 1)),
    rates: { control: 0.42, treatment: 0.57 },
    seed: 20260609,
    policies: [{ name: 'sequential', method: 'sequential', plannedUsersPerArm: planned }],
  });
  const at80 = longer.policies[0]!.byLook.findIndex((x) => x >= 0.8);
  console.log(`Sequential (tuned for ${planned}/arm, looked at every 10 users): 80% of 42% → 57% experiments decided by ${at80 < 0 ? 'more than 600' : (at80 + 1) * 10} users per arm (${at80 < 0 ? '—' : ((at80 + 1) * 10 / planned).toFixed(2)}× the fixed-horizon plan).`);

  const cuped = peekingSimulation({
    experiments,
    looks: [1400],
    rates: { control: 0.42, treatment: 0.42 },
    seed: 20260610,
    policies: [
      { name: 'fixed-horizon', method: 'fixed' },
      { name: 'fixed-horizon + CUPED', method: 'fixed', cuped: true },
      { name: 'sequential', method: 'sequential' },
      { name: 'sequential + CUPED', method: 'sequential', cuped: true },
    ],
  });
  const [plain, adjusted] = cuped.policies;
  printTable(`CUPED with pre-period activity (correlation with conversion ${cuped.covariateCorrelation.toFixed(2)}), A/A at 1,400 users per arm`, ['reading', 'mean 95% interval width', 'A/A significant'],
    cuped.policies.map((p) => [p.name, pts(p.meanWidth), pct(p.anyLook)]));
  console.log(`CUPED narrows the interval by ${pct(1 - adjusted!.meanWidth / plain!.meanWidth)} (variance −${pct(1 - (adjusted!.meanWidth / plain!.meanWidth) ** 2)}).`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

if (import.meta.url === `file://${process.argv[1]}`) peekingTables(Number(process.argv[2] ?? 2000));
