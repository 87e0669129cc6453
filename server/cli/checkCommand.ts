import { writeFile } from 'node:fs/promises';
import { loadCheckConfig } from './check/checkConfig.ts';
import { findBrowser } from './check/findBrowser.ts';
import { formatCheckReport, reportFormats, type ReportFormat } from './check/formatCheckReport.ts';
import { planChecks } from './check/planChecks.ts';
import { CheckAborted, runCheck } from './check/runCheck.ts';
import { failed } from './check/StepResult.ts';
import { UsageError, type Options } from './cliOptions.ts';
import { loadBundleSource, sourceHelp } from './loadBundleSource.ts';

/**
 * `waymark check <source> --base-url URL`: validates the bundle as publish does, then opens each
 * step's page on a running build and resolves its anchor with the SDK's resolver. Exit 1 when a
 * step is missing, ambiguous or its page could not be checked.
 */
export async function checkCommand(positionals: string[], options: Options): Promise<number> {
  if (positionals.length !== 1) throw new UsageError(`check takes one source: ${sourceHelp}`);
  const format = (options.format ?? 'text') as ReportFormat;
  if (!reportFormats.includes(format)) throw new UsageError(`--format must be one of ${reportFormats.join(', ')}`);
  const config = await loadCheckConfig(options.config as string | undefined);
  if (!config.ok) {
    for (const error of config.errors) console.error(error);
    return 1;
  }
  const baseUrl = (options['base-url'] as string | undefined) ?? config.value.baseUrl;
  if (!baseUrl) throw new UsageError('--base-url is required (or "baseUrl" in waymark.check.json): the running build to check');
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) throw new UsageError(`--base-url must be an http(s) URL, got ${baseUrl}`);
  const loaded = await loadBundleSource(positionals[0]!, options);
  if (!loaded.ok) {
    for (const error of loaded.errors) console.error(error);
    return 1;
  }
  const started = Date.now();
  let steps;
  try {
    steps = await runCheck(planChecks(loaded.bundle, config.value, baseUrl), config.value, { baseUrl, browserPath: findBrowser(options['browser-path'] as string | undefined) });
  } catch (error) {
    if (!(error instanceof CheckAborted) && !/^no browser at /.test((error as Error).message)) throw error;
    console.error(`waymark check: ${(error as Error).message}`);
    return 1;
  }
  const report = formatCheckReport({ source: loaded.label, baseUrl, durationMs: Date.now() - started, steps }, format);
  if (typeof options.output === 'string') await writeFile(options.output, report);
  else process.stdout.write(report);
  if (typeof options.output === 'string' && format !== 'text') process.stdout.write(formatCheckReport({ source: loaded.label, baseUrl, durationMs: Date.now() - started, steps }, 'text'));
  return steps.some(failed) ? 1 : 0;
}
