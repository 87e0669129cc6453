import type { ResourceCenterViewModel, ResourceChoice } from './ResourceCenterViewModel.ts';

/**
 * What a choice in the resource center does, and the events it records: a tour starts again (its
 * frequency ignored), an announcement shows again and counts as seen, a help link goes where it
 * points (an article opens in the panel), a checklist item does its action, contact calls the app.
 */
export function chooseResource(view: ResourceCenterViewModel, choice: ResourceChoice): void {
  if (choice.kind === 'contact') {
    view.emit('resource_center_contact', { section: choice.sectionId });
    return view.onClose();
  }
  if (choice.kind === 'checklist') {
    view.emit('checklist_item_clicked', { item: choice.item.id, via: 'resource_center' }, choice.flow);
    const action = choice.item.action;
    if (!action) return;
    view.onClose();
    if (action.type === 'start_flow') view.start(action.flowId);
    else if (action.type === 'url') view.navigate(action.url, action.newTab === true);
    else if (action.type === 'track') view.track(action.event);
    return;
  }
  view.emit('resource_center_item_clicked', { section: choice.sectionId, item: choice.item.id, kind: choice.kind, via: choice.via });
  if (choice.kind === 'help') {
    if (choice.item.url === undefined) return;
    if (!choice.item.newTab) view.onClose();
    return view.navigate(choice.item.url, choice.item.newTab === true);
  }
  if (choice.kind === 'whats-new') view.markSeen([choice.item.id]);
  else view.emit('resource_center_tour_replayed', { section: choice.sectionId, item: choice.item.id, tour: choice.item.flowId, completedBefore: view.flowState(choice.item.flowId).completed });
  view.onClose();
  view.start(choice.item.flowId);
}

/** Records a search the user settled on, in lower case, with how many results it had. */
export function reportSearch(view: ResourceCenterViewModel, query: string, results: number): void {
  view.emit('resource_center_searched', { query: query.toLowerCase().slice(0, 100), results });
}
