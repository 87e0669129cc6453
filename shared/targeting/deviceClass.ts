/** The device classes a breakdown shows: what the SDK writes in an entry event's `props.device`. */
export type DeviceClass = 'phone' | 'tablet' | 'desktop';

/** Widths (CSS px of the viewport) up to which a device counts as a phone, then a tablet. */
export const PHONE_MAX_WIDTH = 599;
export const TABLET_MAX_WIDTH = 1024;

/**
 * The device class from the viewport: narrow is a phone, a mid-width touch screen is a tablet,
 * anything wider (or mid-width with a mouse, e.g. a narrow desktop window) is a desktop.
 */
export function deviceClass(width: number, touch: boolean): DeviceClass {
  if (width <= PHONE_MAX_WIDTH) return 'phone';
  if (width <= TABLET_MAX_WIDTH && touch) return 'tablet';
  return 'desktop';
}
