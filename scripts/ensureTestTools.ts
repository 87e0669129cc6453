/** `npm test`'s first step (pretest): Chromium and Postgres from Debian when missing and possible, else the exact command, at once. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { planTestTools } from './testTools/planTestTools.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPostgres = () => Boolean(process.env.PG_BIN) || (existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)));

const plan = planTestTools({
  chromium: existsSync(chromium),
  postgres: hasPostgres(),
  debian: existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get'),
  root: process.getuid?.() === 0,
  ci: process.env.CI === 'true',
});

if (plan.action === 'install') {
  console.log(`npm test: installing ${plan.packages.join(' and ')} from Debian (${plan.command})…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${plan.packages.join(' ')} >/dev/null`, { stdio: 'inherit', shell: '/bin/sh' });
} else if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
} else if (plan.action === 'warn') {
  console.warn(plan.message);
}
