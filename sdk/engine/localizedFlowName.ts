import type { Flow } from '../../shared/schema/flow.ts';
import { flowTranslation } from './flowTranslation.ts';

/** The flow's name in `locale` (what the live region announces for a step without a title). */
export function localizedFlowName(flow: Flow, locale: string | undefined): string {
  return flowTranslation(flow, locale)?.name ?? flow.name;
}
