export type StepStatus = 'found' | 'ambiguous' | 'missing' | 'page_failed';

/** What `waymark check` says about one anchored step. */
export interface StepResult {
  flowId: string;
  flowName: string;
  stepId: string;
  stepNumber: number;
  /** The page opened (or the rule that could not become one). */
  page: string;
  status: StepStatus;
  /** found: the resolver's confidence and the selector that singled the element out. */
  confidence?: number;
  selector?: string;
  /** ambiguous: how many elements fit equally well. */
  count?: number;
  /** page_failed: why; missing: where the page went instead, when it redirected. */
  detail?: string;
}

/** Missing, ambiguous and unchecked steps fail the run. */
export const failed = (result: StepResult): boolean => result.status !== 'found';
