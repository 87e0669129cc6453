import { overlayStyles } from './overlayStyles.ts';

/**
 * The builder's elements on the page: a highlight box with a label (picker), a banner with
 * controls (picker, recorder, preview) and a notice for problems. Built with DOM calls and
 * styled through the CSSOM only (no HTML strings, no style attributes). They live in a closed
 * shadow root, so page scripts cannot reach the buttons, and the buttons answer only the user's
 * own (trusted) clicks.
 */
export class BuilderOverlay {
  /** The element hosting the closed shadow root; events from inside it reach the page retargeted to it. */
  readonly host: HTMLElement;
  private readonly highlight: HTMLDivElement;
  private readonly label: HTMLDivElement;
  private readonly banner: HTMLDivElement;
  private readonly notice: HTMLDivElement;

  constructor(container: HTMLElement) {
    const doc = container.ownerDocument;
    this.host = doc.createElement('div');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = overlayStyles;
    const root = doc.createElement('div');
    root.className = 'wmb';
    shadow.append(style, root);
    this.highlight = this.make(root, 'wmb-highlight');
    this.label = this.make(root, 'wmb-label');
    this.banner = this.make(root, 'wmb-banner');
    this.banner.setAttribute('role', 'status');
    this.banner.dataset.wmbBanner = '';
    this.notice = this.make(root, 'wmb-notice');
    this.notice.setAttribute('role', 'alert');
    this.notice.dataset.wmbNotice = '';
    container.append(this.host);
  }

  showHighlight(element: Element, text: string, flags: { fragile: boolean; badMatch: boolean }): void {
    const rect = element.getBoundingClientRect();
    const box = this.highlight.style;
    box.display = 'block';
    box.left = `${rect.left}px`;
    box.top = `${rect.top}px`;
    box.width = `${rect.width}px`;
    box.height = `${rect.height}px`;
    this.label.textContent = text;
    this.label.dataset.stability = flags.fragile ? 'fragile' : 'ok';
    this.label.dataset.matches = flags.badMatch ? 'bad' : 'ok';
    const label = this.label.style;
    label.display = 'block';
    label.left = `${Math.max(4, rect.left)}px`;
    label.top = rect.top > 28 ? `${rect.top - 26}px` : `${rect.bottom + 4}px`;
  }

  hideHighlight(): void {
    this.highlight.style.display = 'none';
    this.label.style.display = 'none';
  }

  /** Shows the banner with a message and buttons; `null` hides it. */
  showBanner(content: { text: string; recording?: boolean; buttons?: Array<{ label: string; onClick: () => void; disabled?: boolean }> } | null): void {
    this.banner.replaceChildren();
    if (!content) {
      this.banner.style.display = 'none';
      return;
    }
    const doc = this.banner.ownerDocument;
    if (content.recording) this.make(this.banner, 'wmb-dot');
    const text = doc.createElement('span');
    text.textContent = content.text;
    this.banner.append(text);
    for (const spec of content.buttons ?? []) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = spec.label;
      button.disabled = spec.disabled === true;
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        if (event.isTrusted) spec.onClick();
      });
      this.banner.append(button);
    }
    this.banner.style.display = 'flex';
  }

  showNotice(text: string | null): void {
    this.notice.textContent = text ?? '';
    this.notice.style.display = text ? 'block' : 'none';
  }

  /** True for events that happened on the builder's own overlay. */
  owns(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  private make(parent: HTMLElement, className: string): HTMLDivElement {
    const element = parent.ownerDocument.createElement('div');
    element.className = className;
    parent.append(element);
    return element;
  }
}
