import type { Anchor } from '../../shared/schema/anchor.ts';
import type { Milestone } from '../../shared/schema/milestone.ts';
import { matchUrlRule, type PageLocation } from '../../shared/targeting/matchUrlRule.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readMilestones, writeMilestones } from '../storage/records/milestones.ts';

/**
 * Knows which milestones ("aha moments") a user has reached and notices new ones: a tracked
 * event, a page visit, or a click on a tagged element (one delegated listener for all of them).
 */
export class MilestoneTracker {
  /** Reached milestone id → when. */
  private reached = new Map<string, number>();
  private userKey = '';
  private stopClicks: (() => void) | null = null;

  constructor(
    private milestones: readonly Milestone[],
    private readonly store: WaymarkStore,
    private readonly onReached: (milestone: Milestone, via: 'event' | 'url' | 'click') => void,
    /** Every element an anchor means (see `anchorElements`). */
    private readonly anchorElements: (anchor: Anchor, doc: Document) => Element[],
  ) {}

  has(id: string): boolean {
    return this.reached.has(id);
  }

  get reachedIds(): ReadonlySet<string> {
    return new Set(this.reached.keys());
  }

  async load(userKey: string): Promise<void> {
    this.userKey = userKey;
    this.reached = new Map(Object.entries(await readMilestones(this.store, userKey)));
  }

  setMilestones(milestones: readonly Milestone[]): void {
    this.milestones = milestones;
  }

  onEvent(name: string): void {
    for (const m of this.milestones) if (m.reachedBy.some((s) => s.type === 'event' && s.name === name)) this.reach(m, 'event');
  }

  onPage(page: PageLocation): void {
    for (const m of this.milestones) if (m.reachedBy.some((s) => s.type === 'url' && matchUrlRule(s.rule, page))) this.reach(m, 'url');
  }

  /** Listens for clicks on tagged elements; returns nothing to clean up per element. */
  listenForClicks(doc: Document = document): void {
    if (this.stopClicks) return;
    const onClick = (event: Event) => {
      const path = event.composedPath();
      for (const m of this.milestones) {
        if (this.reached.has(m.id)) continue;
        for (const source of m.reachedBy) {
          if (source.type !== 'click') continue;
          // An anchor meaning any row's control counts a click on any of them.
          if (this.anchorElements(source.anchor, doc).some((element) => path.includes(element))) {
            this.reach(m, 'click');
            break;
          }
        }
      }
    };
    doc.addEventListener('click', onClick, true);
    this.stopClicks = () => doc.removeEventListener('click', onClick, true);
  }

  stop(): void {
    this.stopClicks?.();
    this.stopClicks = null;
  }

  private reach(milestone: Milestone, via: 'event' | 'url' | 'click'): void {
    if (this.reached.has(milestone.id)) return;
    this.reached.set(milestone.id, Date.now());
    void writeMilestones(this.store, this.userKey, Object.fromEntries(this.reached)).catch(() => {});
    this.onReached(milestone, via);
  }
}
