/**
 * Selector weights at or above this mean "this selector alone singled the element out when it was
 * captured"; below it, the selector was shared with other elements (captureSelectors scales those
 * down). Hand-written selectors default to 0.5, so they count as distinct.
 */
export const DISTINCT_WEIGHT = 0.5;
