import { describe, expect, it } from 'vitest';
import { demoGuide } from '../../../server/demoGuide.ts';
import { planTestTools } from '../../../scripts/testTools/planTestTools.ts';

const all = { chromium: true, postgres: true, debian: true, root: true, ci: false };

describe('planTestTools (npm test on a fresh machine)', () => {
  it('runs when both are there, installs what is missing as root on Debian', () => {
    expect(planTestTools(all)).toEqual({ action: 'run' });
    expect(planTestTools({ ...all, chromium: false, postgres: false })).toEqual({ action: 'install', packages: ['chromium', 'postgresql'], command: 'apt-get update && apt-get install -y chromium postgresql' });
  });

  it('stops at once with the exact command when it may not install Chromium', () => {
    const plan = planTestTools({ ...all, chromium: false, root: false });
    expect(plan).toEqual({ action: 'stop', message: "npm test needs chromium, which this machine lacks. Run:\n  sudo sh -c 'apt-get update && apt-get install -y chromium'\nthen npm test again." });
    expect(planTestTools({ ...all, chromium: false, debian: false }).action).toBe('stop');
  });

  it('only warns about Postgres locally (its tests skip), but stops on CI', () => {
    expect(planTestTools({ ...all, postgres: false, root: false }).action).toBe('warn');
    expect(planTestTools({ ...all, postgres: false, root: false, ci: true }).action).toBe('stop');
  });
});

describe('demoGuide (what npm start prints next)', () => {
  it('names the demo URL, where to load the extension from and the key to paste', () => {
    const text = demoGuide(4400, 'wm_sk_demo', '/nowhere/chrome-mv3');
    expect(text).toContain('http://localhost:4400/');
    expect(text).toContain('Load unpacked → /nowhere/chrome-mv3 (run `npx wxt build` first)');
    expect(text).toContain('paste the secret key wm_sk_demo');
  });
});
