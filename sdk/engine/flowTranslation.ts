import type { Flow } from '../../shared/schema/flow.ts';
import type { FlowTranslation } from '../../shared/schema/locales.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';

/** The flow's translation for `locale`: the exact tag, then its language (`pt-BR` → `pt`); none for the default locale. */
export function flowTranslation(flow: Flow, locale: string | undefined): FlowTranslation | undefined {
  const locales = flow.locales;
  if (!locales || !locale) return undefined;
  return ownValue(locales.translations, locale) ?? ownValue(locales.translations, locale.split('-')[0]!);
}
