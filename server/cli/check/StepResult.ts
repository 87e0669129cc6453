/** `hidden`: on the page but not shown (in a closed menu, a collapsed panel), so the step's card would have nothing to point at. */
export type StepStatus = 'found' | 'hidden' | 'ambiguous' | 'missing' | 'page_failed';

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

/** Hidden, missing, ambiguous and unchecked steps fail the run. */
export const failed = (result: StepResult): boolean => result.status !== 'found';
