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
 * One host element under <html> (outside <body>, so `body > *` rules of the page miss it) with an
 * open shadow root styled by a constructable stylesheet.
 */
export function mountRoot(doc: Document = document): UiRoot {
  const host = doc.createElement('waymark-root');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles + resourceCenterStyles);
  shadow.adoptedStyleSheets = [sheet];
  const container = doc.createElement('div');
  shadow.appendChild(container);
  doc.documentElement.appendChild(host);
  return {
    render(views, checklists, announcement, resourceCenter = null) {
      if (!host.isConnected) doc.documentElement.appendChild(host);
      render(h(Layer, { views, checklists, announcement, resourceCenter }), container);
    },
    unmount() {
      render(null, container);
      host.remove();
    },
  };
}
