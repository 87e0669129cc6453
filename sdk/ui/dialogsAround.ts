import type { StepViewModel } from './StepViewModel.ts';

/**
 * The `<dialog>` elements (light DOM or inside web components' shadow roots) that hold the shown
 * steps' elements, innermost first. While one is modal, everything outside it is inert and
 * painted under its backdrop, however high its z-index: the SDK's layer must sit inside it for
 * those steps to be seen and clicked.
 */
export function dialogsAround(views: readonly StepViewModel[]): HTMLDialogElement[] {
  const dialogs: HTMLDialogElement[] = [];
  for (const view of views) {
    let node: Element | null = view.anchor;
    while (node) {
      if (node.localName === 'dialog' && !dialogs.includes(node as HTMLDialogElement)) dialogs.push(node as HTMLDialogElement);
      node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null);
    }
  }
  return dialogs;
}

export const isOpenModal = (dialog: HTMLDialogElement): boolean => {
  try {
    return dialog.open && dialog.matches(':modal');
  } catch {
    return false;
  }
};
