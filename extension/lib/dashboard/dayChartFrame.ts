/** The plot frame shared by the small charts over days (TrendChart, DailyBars), so charts side by side line up. */
export const WIDTH = 360;
export const HEIGHT = 150;
export const LEFT = 46;
export const RIGHT = 10;
export const TOP = 10;
export const BOTTOM = 24;
