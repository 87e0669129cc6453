import { render, h } from 'preact';
import { Layer } from './Layer.tsx';
import { dialogsAround, isOpenModal } from './dialogsAround.ts';
import { styles } from './styles.ts';
import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import type { StepViewModel } from './StepViewModel.ts';
import type { RendererChunk, Renderers } from './Renderers.ts';
import type { ResourceCenterViewModel } from './resourceCenter/ResourceCenterViewModel.ts';

export interface UiRoot {
  render(views: StepViewModel[], checklists: ChecklistViewModel[], announcement: string, resourceCenter?: ResourceCenterViewModel | null): void;
  /** Adds a renderer chunk's kinds and its part of the stylesheet (after the base, so it can refine it). */
  use(chunk: RendererChunk): void;
  unmount(): void;
}

/**
 * CSS `zoom` on <html> (or the dialog the layer is in) scales the layer too, and then every position the SDK measures in viewport
 * pixels lands `zoom` times too far (left/top resolve in the zoomed element's own pixels). The
 * layer undoes the page's zoom on its host, so its pixels are the viewport's again.
 */
function counterZoom(): { sheet: CSSStyleSheet; update(parent: Element): void } {
  const sheet = new CSSStyleSheet();
  let applied = 1;
  return {
    sheet,
    update(parent) {
      const zoom = (parent as Element & { currentCSSZoom?: number }).currentCSSZoom;
      if (typeof zoom !== 'number' || !(zoom > 0) || zoom === applied) return;
      applied = zoom;
      sheet.replaceSync(zoom === 1 ? '' : `:host{zoom:${1 / zoom} !important}`);
    },
  };
}

const isPopoverOpen = (host: HTMLElement) => {
  try {
    return host.matches(':popover-open');
  } catch {
    return false;
  }
};

/**
 * Inside a modal dialog the layer is also a manual popover: in the top layer, above the dialog,
 * laid out against the viewport even when the dialog is a containing block (a centring transform)
 * that clips, and not inert, being the dialog's descendant.
 */
function inTopLayer(host: HTMLElement, wanted: boolean): void {
  if (typeof host.showPopover !== 'function') return;
  if (!wanted) {
    if (isPopoverOpen(host)) host.hidePopover();
    host.removeAttribute('popover');
    return;
  }
  host.popover = 'manual';
  if (!isPopoverOpen(host)) host.showPopover();
}

/** Cards read the way the page does: a right-to-left app gets right-to-left steps. */
const pageDirection = (doc: Document): 'rtl' | 'ltr' => {
  const root = doc.body ?? doc.documentElement;
  try {
    return getComputedStyle(root).direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
};

/**
 * One host element under <html> (outside <body>, so `body > *` rules of the page miss it) with an
 * open shadow root styled by a constructable stylesheet; inside the page's modal dialog while a
 * shown step's element is in one.
 */
export function mountRoot(doc: Document = document): UiRoot {
  const host = doc.createElement('waymark-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  const zoom = counterZoom();
  shadow.adoptedStyleSheets = [sheet, zoom.sheet];
  const renderers: Renderers = {};
  const container = doc.createElement('div');
  shadow.appendChild(container);
  doc.documentElement.appendChild(host);
  let shown: readonly StepViewModel[] = [];
  const place = () => {
    const dialogs = dialogsAround(shown);
    const modal = dialogs.find(isOpenModal);
    const parent = modal ?? doc.documentElement;
    if (host.parentNode !== parent) {
      if (isPopoverOpen(host)) host.hidePopover();
      parent.appendChild(host);
    }
    inTopLayer(host, !!modal);
    zoom.update(parent);
    return dialogs;
  };
  // A dialog around a step's element that opens or closes later moves the layer in or out.
  const dialogWatch = new MutationObserver(() => void place());
  return {
    render(views, checklists, announcement, resourceCenter = null) {
      shown = views;
      dialogWatch.disconnect();
      for (const dialog of place()) dialogWatch.observe(dialog, { attributes: true, attributeFilter: ['open'] });
      container.dir = pageDirection(doc);
      render(h(Layer, { views, checklists, announcement, resourceCenter, renderers: { ...renderers } }), container);
    },
    use(chunk) {
      Object.assign(renderers, chunk.renderers);
      if (!chunk.styles) return;
      const own = new CSSStyleSheet();
      own.replaceSync(chunk.styles);
      // Before the zoom sheet, which must stay last.
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets.slice(0, -1), own, zoom.sheet];
    },
    unmount() {
      dialogWatch.disconnect();
      render(null, container);
      host.remove();
    },
  };
}
