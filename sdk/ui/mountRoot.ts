import { render, h } from 'preact';
import { Layer } from './Layer.tsx';
import { styles } from './styles.ts';
import type { ChecklistViewModel } from './ChecklistViewModel.ts';
import type { StepViewModel } from './StepViewModel.ts';
import type { ResourceCenterViewModel } from './resourceCenter/ResourceCenterViewModel.ts';
import { resourceCenterStyles } from './resourceCenter/resourceCenterStyles.ts';

export interface UiRoot {
  render(views: StepViewModel[], checklists: ChecklistViewModel[], announcement: string, resourceCenter?: ResourceCenterViewModel | null): void;
  unmount(): void;
}

/**
 * CSS `zoom` on <html> scales the layer too, and then every position the SDK measures in viewport
 * pixels lands `zoom` times too far (left/top resolve in the zoomed element's own pixels). The
 * layer undoes the page's zoom on its host, so its pixels are the viewport's again.
 */
function counterZoom(doc: Document): { sheet: CSSStyleSheet; update(): void } {
  const sheet = new CSSStyleSheet();
  let applied = 1;
  return {
    sheet,
    update() {
      const zoom = (doc.documentElement as Element & { currentCSSZoom?: number }).currentCSSZoom;
      if (typeof zoom !== 'number' || !(zoom > 0) || zoom === applied) return;
      applied = zoom;
      sheet.replaceSync(zoom === 1 ? '' : `:host{zoom:${1 / zoom} !important}`);
    },
  };
}

/**
 * One host element under <html> (outside <body>, so `body > *` rules of the page miss it) with an
 * open shadow root styled by a constructable stylesheet.
 */
export function mountRoot(doc: Document = document): UiRoot {
  const host = doc.createElement('waymark-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles + resourceCenterStyles);
  const zoom = counterZoom(doc);
  shadow.adoptedStyleSheets = [sheet, zoom.sheet];
  const container = doc.createElement('div');
  shadow.appendChild(container);
  doc.documentElement.appendChild(host);
  return {
    render(views, checklists, announcement, resourceCenter = null) {
      if (!host.isConnected) doc.documentElement.appendChild(host);
      zoom.update();
      render(h(Layer, { views, checklists, announcement, resourceCenter }), container);
    },
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
