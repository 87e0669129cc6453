/** Name of the port a side panel keeps open while it is showing (the background injects only then). */
export const PANEL_PORT = 'waymark-panel';
