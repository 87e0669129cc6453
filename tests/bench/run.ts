/**
 * `npm run bench`: size, time to first step, main thread during init and scale, for Waymark and
 * its peers, printed as tables. Not asserted anywhere: timings depend on the machine.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer } from '../../server/startServer.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { timeToFirstStep } from './firstStep.ts';
import { ingestBench } from './ingest.ts';
import { mainThreadMedians } from './mainThread.ts';
import { peekingTables } from './peeking.ts';
import { peers, waymark } from './peers.ts';
import { ms, printTable, ratio } from './printTable.ts';
import { reportsBench } from './reports.ts';
import { eventBurst } from './eventBurst.ts';
import { anchorResolution, engineEvaluation, observerCpuShare } from './scale.ts';
import { printComposition, printSizes } from './sizes.ts';

/** `npm run bench -- --only=size,first,main,scale,burst,ingest,peeking,reports` runs a subset (reports only when named: it takes minutes). */
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wanted = (part: string) => !only || only.has(part);

// Reports at volume run only when named (they take minutes) and need no browser or SDK build.
if (only?.has('reports')) await reportsBench();
if (only && [...only].every((part) => part === 'reports')) process.exit(0);

if (!existsSync('dist/sdk/waymark.iife.js') || process.argv.includes('--build')) execFileSync('npx', ['tsx', 'scripts/build.ts', '--no-types'], { stdio: 'inherit' });

const ours = waymark();
const others = await peers();
if (wanted('size')) {
  printSizes(others);
  await printComposition();
}

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  if (wanted('first')) await firstStepTable();
  if (wanted('main')) await mainThreadTable();
  if (wanted('scale')) await scaleTables();
  if (wanted('burst')) await burstTable();
} finally {
  await browser.close();
}

if (wanted('ingest')) await ingestBench();
if (wanted('peeking')) peekingTables();

async function firstStepTable(): Promise<void> {
  const firstStep: Array<[string, number | null, string | undefined]> = [];
  for (const lib of [ours, waymark(false, true), waymark(true), ...others]) firstStep.push([lib.name, await timeToFirstStep(browser, lib), lib.note]);
  const driver = firstStep.find(([name]) => name === 'driver.js')![1]!;
  const base = firstStep[0]![1]!;
  printTable('Time to first step (one-step tooltip, script start → painted, median of 20, headless Chromium)', ['library', 'median', 'vs Waymark', 'vs driver.js'],
    firstStep.map(([name, t]) => (t === null ? [name, 'n/a', '', ''] : [name, ms(t), ratio(t, base), ratio(t, driver)])));
  for (const [name, t, note] of firstStep) if (t === null && note) console.log(`${name}: ${note}`);
}

async function mainThreadTable(): Promise<void> {

  const server = await startServer({ port: 0, database: { dataDir: 'memory://' }, log: () => {} });
  const main = await mainThreadMedians(browser, server.url);
  const slow = await mainThreadMedians(browser, server.url, 4);
  await server.close();
  printTable('Main thread during init on the demo (/widget, tour showing; median of 3 page loads)', ['measure', 'value', 'at 4× CPU slowdown'], [
    ['long tasks (> 50 ms), whole page', String(main.longTasks), String(slow.longTasks)],
    ['longest task', ms(main.longestTaskMs), ms(slow.longestTaskMs)],
    ['SDK script time inside long animation frames', ms(main.sdkScriptMsInLongFrames), ms(slow.sdkScriptMsInLongFrames)],
    ['longest SDK script in a long frame', ms(main.sdkLongestScriptMs), ms(slow.sdkLongestScriptMs)],
  ]);
}

async function scaleTables(): Promise<void> {

  printTable('Anchor resolution (median of 50)', ['anchor', 'median'], (await anchorResolution(browser)).map(([name, t]) => [name, ms(t)]));
  const engine: string[][] = [];
  for (const count of [10, 100, 1000]) engine.push([`${count} flows`, ms(await engineEvaluation(browser, count))]);
  printTable('Engine evaluation per SPA navigation (median of 40)', ['flows loaded', 'median'], engine);
  const share = await observerCpuShare(browser);
  printTable('Anchor observer while the page makes 10,000 DOM mutations/s', ['measure', 'value'], [['extra main-thread time per second (0 = below run-to-run noise)', `${(share * 100).toFixed(2)}%`]]);
}

async function burstTable(): Promise<void> {
  const burst = await eventBurst(browser);
  printTable('A burst of 4,000 tracked events (median of 3)', ['measure', 'value'], [
    ['all stored in IndexedDB', ms(burst.storedMs)],
    ['first batch leaves (flush asked at once)', ms(burst.firstBatchMs)],
  ]);
}
