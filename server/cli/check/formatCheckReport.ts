import { failed, type StepResult } from './StepResult.ts';

export type ReportFormat = 'text' | 'json' | 'junit';
export const reportFormats: readonly ReportFormat[] = ['text', 'json', 'junit'];

export interface CheckReport {
  /** What was checked, e.g. `release 3 (staging)`. */
  source: string;
  baseUrl: string;
  durationMs: number;
  steps: StepResult[];
}

function outcome(r: StepResult): string {
  switch (r.status) {
    case 'found': return `found, confidence ${r.confidence}${r.selector ? ` via ${r.selector}` : ''}`;
    case 'hidden': return `hidden: the element is on the page but not shown${r.detail ? ` (${r.detail})` : ''}; if a click reveals it, make the step before advance on that click`;
    case 'ambiguous': return `ambiguous: ${r.count} elements fit equally well${r.detail ? ` (${r.detail})` : ''}`;
    case 'missing': return `missing: no element fits the anchor${r.detail ? ` (${r.detail})` : ''}`;
    case 'page_failed': return `page failed: ${r.detail}`;
  }
}

const stepName = (r: StepResult) => `step ${r.stepNumber} ${JSON.stringify(r.stepId)} on ${r.page}`;

function summary(report: CheckReport) {
  const count = (status: StepResult['status']) => report.steps.filter((r) => r.status === status).length;
  return { steps: report.steps.length, found: count('found'), hidden: count('hidden'), missing: count('missing'), ambiguous: count('ambiguous'), pageFailed: count('page_failed') };
}

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function junit(report: CheckReport): string {
  const flows = [...new Set(report.steps.map((r) => r.flowId))];
  const s = summary(report);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="waymark check" tests="${s.steps}" failures="${report.steps.filter(failed).length}" time="${(report.durationMs / 1000).toFixed(3)}">`,
  ];
  for (const flowId of flows) {
    const steps = report.steps.filter((r) => r.flowId === flowId);
    lines.push(`  <testsuite name="${xml(`flow ${flowId} (${steps[0]!.flowName})`)}" tests="${steps.length}" failures="${steps.filter(failed).length}">`);
    for (const r of steps) {
      const open = `    <testcase classname="${xml(`waymark.${flowId}`)}" name="${xml(stepName(r))}"`;
      if (!failed(r)) lines.push(`${open}/>`);
      else lines.push(`${open}>`, `      <failure type="${r.status}" message="${xml(outcome(r))}">${xml(`${flowId} ${stepName(r)}: ${outcome(r)}`)}</failure>`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

function text(report: CheckReport): string {
  const s = summary(report);
  const lines = [`waymark check: ${report.source} on ${report.baseUrl}`];
  for (const r of report.steps) lines.push(`  ${failed(r) ? '✗' : '✓'} ${r.flowId} ${stepName(r)}: ${outcome(r)}`);
  lines.push(`${s.steps} anchored steps: ${s.found} found, ${s.missing} missing, ${s.ambiguous} ambiguous, ${s.pageFailed} pages failed${s.hidden ? `, ${s.hidden} hidden` : ''} (${(report.durationMs / 1000).toFixed(1)} s)`, '');
  return lines.join('\n');
}

/** The report as text for people, JSON for scripts, or JUnit XML for CI test views (one test case per step). */
export function formatCheckReport(report: CheckReport, format: ReportFormat): string {
  if (format === 'junit') return junit(report);
  if (format === 'json') return `${JSON.stringify({ ok: !report.steps.some(failed), ...report, summary: summary(report) }, null, 2)}\n`;
  return text(report);
}
