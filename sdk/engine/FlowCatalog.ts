import type { Flow } from '../../shared/schema/flow.ts';
import type { ParsedBundle } from '../../shared/schema/parse.ts';
import { mergeBundles } from './mergeBundles.ts';

const empty = (): ParsedBundle => ({ flows: [], milestones: [], experiments: [], rejected: [] });

/**
 * The flows, milestones and experiments in force: the latest bundle of each source (inline,
 * flowsUrl, server), merged in the order the sources first arrived; a later source wins on the same id.
 */
export class FlowCatalog {
  private sources = new Map<string, ParsedBundle>();
  private merged = empty();
  private sorted: Flow[] | null = null;

  /** Replaces what `source` contributed. */
  set(source: string, bundle: ParsedBundle): void {
    this.sources.set(source, { ...bundle, rejected: [] });
    this.merged = [...this.sources.values()].reduce(mergeBundles, empty());
    this.sorted = null;
  }

  get bundle(): ParsedBundle {
    return this.merged;
  }

  get flows(): Flow[] {
    return this.merged.flows;
  }

  /** Highest priority first; sorted once per change of the flows, not on every navigation. */
  get byPriority(): readonly Flow[] {
    return (this.sorted ??= [...this.merged.flows].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0)));
  }

  find(flowId: string): Flow | undefined {
    return this.merged.flows.find((f) => f.id === flowId);
  }
}
