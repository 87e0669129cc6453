import type { Condition } from '../../shared/schema/condition.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Theme } from '../../shared/schema/theme.ts';
import type { EventFields } from '../events/createEvent.ts';
import type { ResourceCenterViewModel } from '../ui/resourceCenter/ResourceCenterViewModel.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { ResourceSeenStore } from './ResourceSeenStore.ts';

/** What the resource center needs of the SDK instance it belongs to. */
export interface ResourceCenterHost {
  /** Flows in force, highest priority first. */
  flows(): readonly Flow[];
  /** The flow's page rules match the page in front. */
  onPage(flow: Flow): boolean;
  inAudience(condition: Condition | undefined): boolean;
  flowState(flowId: string): { seen: boolean; completed: boolean };
  reached(milestoneId: string): boolean;
  /** Starts a flow as an explicit request (frequency ignored). */
  start(flowId: string): void;
  navigate(url: string, newTab: boolean): void;
  track(event: string): void;
  emit(type: string, fields: EventFields): void;
  theme(flow: Flow): Theme | undefined;
  locale(): string | undefined;
  userKey(): string;
  store(): WaymarkStore | null;
  redraw(): void;
}

/**
 * The resource center of the page in front: which one applies (one per set of pages, by
 * priority and audience), whether it is open, what the user has seen, and what their choices do.
 * The panel itself is drawn by the renderers chunk.
 */
export class ResourceCenterController {
  private isOpen = false;
  private readonly seen: ResourceSeenStore;

  constructor(private readonly host: ResourceCenterHost) {
    this.seen = new ResourceSeenStore(() => host.store(), () => host.redraw());
  }

  /** The resource center for this page and user, if any. */
  current(): Flow | undefined {
    return this.host.flows().find((flow) => flow.kind === 'resource-center' && flow.resourceCenter && this.host.onPage(flow) && this.host.inAudience(flow.audience));
  }

  /** Opens it; false when this page has none. */
  open(via: 'launcher' | 'api'): boolean {
    const flow = this.current();
    if (!flow) return false;
    if (!this.isOpen) {
      this.isOpen = true;
      this.host.emit('resource_center_opened', { flowId: flow.id, flowVersion: flow.version, props: { via } });
    }
    this.host.redraw();
    return true;
  }

  close(): void {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.host.redraw();
  }

  /** A checklist the resource center on this page lists: its own launcher gives way. */
  absorbs(checklistFlowId: string): boolean {
    const sections = this.current()?.resourceCenter?.sections ?? [];
    return sections.some((s) => s.type === 'checklists' && (!s.flowIds || s.flowIds.includes(checklistFlowId)) && this.host.inAudience(s.audience));
  }

  /** What the renderers draw (they carry out the user's choices), or null when this page has no resource center. */
  view(blockingShown: boolean): ResourceCenterViewModel | null {
    const flow = this.current();
    if (!flow) {
      this.isOpen = false;
      return null;
    }
    const host = this.host;
    const userKey = host.userKey();
    const theme = host.theme(flow);
    const locale = host.locale();
    return {
      flow,
      flows: host.flows(),
      open: this.isOpen,
      launcherShown: !blockingShown && flow.resourceCenter?.launcher?.hidden !== true,
      ...(locale ? { locale } : {}),
      ...(theme ? { theme } : {}),
      seen: this.seen.seenBy(userKey),
      inAudience: host.inAudience,
      flowState: host.flowState,
      reached: host.reached,
      onOpen: () => this.open('launcher'),
      onClose: () => this.close(),
      emit: (type, props, about = flow) => host.emit(type, { flowId: about.id, flowVersion: about.version, props }),
      start: host.start,
      navigate: host.navigate,
      track: host.track,
      markSeen: (ids) => {
        if (this.seen.markSeen(userKey, ids)) host.redraw();
      },
    };
  }
}
