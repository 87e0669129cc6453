import { FLOW_STATUS_NAMES, type FlowStatus } from '../flows/flowStatus.ts';
import type { Environment } from '../storage/FlowRepository.ts';
import { Badge, type BadgeTone } from '../ui/Badge.tsx';

const TONES: Record<FlowStatus, BadgeTone> = { draft: 'neutral', live: 'success', changed: 'warning', paused: 'neutral' };
export const ENV_NAMES: Record<Environment, string> = { staging: 'Staging', production: 'Production' };

/** A flow's status in one environment, e.g. "Live" (green) or "Live with unpublished changes" (amber). */
export function StatusBadge({ status, env, withEnv }: { status: FlowStatus; env: Environment; withEnv?: boolean }) {
  return (
    <Badge tone={TONES[status]} dot data-flow-status={status} data-env={env} title={`${ENV_NAMES[env]}: ${FLOW_STATUS_NAMES[status]}`}>
      {withEnv ? `${ENV_NAMES[env]}: ` : ''}{FLOW_STATUS_NAMES[status]}
    </Badge>
  );
}
