import { platform, type Platform } from '@floating-ui/dom';

/** The SDK layer's host when it is in the top layer (see mountRoot: inside a page's modal dialog). */
const topLayerHost = (element: Element): Element | null => {
  const host = (element.getRootNode() as Partial<ShadowRoot>).host;
  try {
    return host?.localName === 'waymark-root' && host.matches(':popover-open') ? host : null;
  } catch {
    return null;
  }
};

/**
 * Floating UI treats a floating element in the top layer as laid out against the viewport and
 * clipped by nothing, but asks that of the card itself; the card is in the top layer through its
 * host. Without this it measures against the dialog around the host (a containing block when it
 * is centred by a transform) and keeps the card inside that dialog's box.
 */
export const layerPlatform: Platform = {
  ...platform,
  // Called on computePosition's copy of the platform, which carries its cache in `this`.
  getOffsetParent(element, polyfill) {
    return platform.getOffsetParent.call(this, topLayerHost(element) ?? element, polyfill);
  },
  getClippingRect(args) {
    return platform.getClippingRect.call(this, { ...args, element: topLayerHost(args.element) ?? args.element });
  },
};
