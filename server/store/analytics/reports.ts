/** Every report's SQL, for callers that time or list them all (the bench). */
export { anchorMissingSql } from './anchorMissingSql.ts';
export { checklistCompletionSql } from './checklistCompletionSql.ts';
export { experimentArmsSql } from './experimentArmsSql.ts';
export { flowFunnelSql } from './flowFunnelSql.ts';
export { flowTotalsSql } from './flowTotalsSql.ts';
export { goalConversionSql } from './goalConversionSql.ts';
export { holdoutArmsSql } from './holdoutArmsSql.ts';
export { journeyMapSql } from './journeyMapSql.ts';
export { surveyResultsSql } from './surveyResultsSql.ts';
export { timeToMilestoneSql } from './timeToMilestoneSql.ts';
export { experimentBreakdownSql } from './experimentBreakdownSql.ts';
export { experimentDailySql } from './experimentDailySql.ts';
export { flowBreakdownSql } from './flowBreakdownSql.ts';
export { flowDailySql } from './flowDailySql.ts';
export { guardrailArmsSql } from './guardrailArmsSql.ts';
export { journeyDailySql } from './journeyDailySql.ts';
export { preExposureSumsSql } from './preExposureSumsSql.ts';
