// The builder's service worker. Authoring (side panel, picker, preview) arrives with the builder issue.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true });
  });
});
