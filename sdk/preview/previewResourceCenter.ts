import type { Theme } from '../../shared/schema/theme.ts';
import type { ResourceCenterViewModel, ResourceChoice } from '../ui/resourceCenter/ResourceCenterViewModel.ts';
import type { PreviewFrame } from './mountPreview.tsx';

const said: Record<ResourceChoice['kind'], (choice: ResourceChoice) => string> = {
  tour: (c) => `Preview: this starts the tour "${'item' in c ? c.item.id : ''}" again.`,
  'whats-new': (c) => `Preview: this shows the announcement "${'item' in c ? c.item.id : ''}" again.`,
  help: (c) => `Preview: this opens ${'item' in c && 'url' in c.item && c.item.url ? c.item.url : 'the article'}.`,
  checklist: (c) => `Preview: this runs the checklist item "${'item' in c ? c.item.id : ''}".`,
  contact: () => 'Preview: this calls your app (waymark.on("resource_center_contact", …)).',
};

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
    onChoose: (choice) => {
      if (choice.kind !== 'help' || choice.item.url !== undefined) frame.onNotice?.(said[choice.kind](choice));
    },
    onSearch: () => {},
    onSeen: () => {},
  };
}
