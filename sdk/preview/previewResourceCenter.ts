import type { Theme } from '../../shared/schema/theme.ts';
import type { ResourceCenterViewModel } from '../ui/resourceCenter/ResourceCenterViewModel.ts';
import type { PreviewFrame } from './mountPreview.tsx';

/** What a click would do, said on the page instead of done. */
function describe(type: string, props: Record<string, unknown>): string {
  if (type === 'resource_center_contact') return 'Preview: this calls your app (waymark.on("resource_center_contact", …)).';
  if (type === 'checklist_item_clicked') return `Preview: this runs the checklist item "${String(props.item)}".`;
  const what = props.kind === 'tour' ? 'starts this tour again' : props.kind === 'whats-new' ? 'shows this announcement again' : 'opens this article';
  return `Preview: this ${what} ("${String(props.item)}").`;
}

/** A resource center open as a new user would first see it: nothing done, everything unread, every audience let through. */
export function previewResourceCenter(frame: PreviewFrame, theme: Theme | undefined): ResourceCenterViewModel {
  return {
    flow: frame.flow,
    flows: [frame.flow, ...(frame.related ?? [])],
    open: true,
    launcherShown: frame.flow.resourceCenter?.launcher?.hidden !== true,
    ...(frame.locale ? { locale: frame.locale } : {}),
    ...(theme ? { theme } : {}),
    seen: new Set(),
    inAudience: () => true,
    flowState: () => ({ seen: false, completed: false }),
    reached: () => false,
    onOpen: () => {},
    onClose: frame.onClose,
    // Nothing is recorded or started: the page says what the click would do.
    emit: (type, props) => {
      if (type === 'resource_center_item_clicked' || type === 'checklist_item_clicked' || type === 'resource_center_contact') frame.onNotice?.(describe(type, props));
    },
    start: () => {},
    navigate: () => {},
    track: () => {},
    markSeen: () => {},
  };
}
