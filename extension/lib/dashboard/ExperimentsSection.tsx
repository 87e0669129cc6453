import { ExperimentCard } from './ExperimentCard.tsx';
import type { ExperimentsReport } from './reports.ts';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';

/** Every experiment of the published bundle with its per-variant results. */
export function ExperimentsSection({ report, client, filter }: { report: ExperimentsReport; client?: AnalyticsClient; filter?: DashboardFilter }) {
  return (
    <section aria-labelledby="experiments-title" class="section">
      <div class="section-header">
        <h2 id="experiments-title">Experiments</h2>
        <span class="muted">from release {report.release.version}{report.release.env ? ` (${report.release.env})` : ''}</span>
      </div>
      {report.experiments.length === 0 ? (
        <p class="notice" role="status">The published bundle has no experiments. Add one to the bundle (variants, goal milestone, attribution window) and publish it.</p>
      ) : (
        report.experiments.map((r) => <ExperimentCard key={r.experiment.key} report={r} {...(client && filter ? { client, filter } : {})} />)
      )}
    </section>
  );
}
