/** The resource center's part of the SDK's stylesheet (in the renderers chunk with it). */
export const resourceCenterStyles = `
.wm-rc { position: fixed; bottom: 20px; z-index: 2147483643; display: flex; flex-direction: column; gap: 12px; }
.wm-rc-bottom-right { right: 20px; align-items: flex-end; } .wm-rc-bottom-left { left: 20px; align-items: flex-start; }
.wm-icon { flex: none; display: block; }
.wm-rc-launcher {
  position: relative; display: inline-flex; align-items: center; gap: 8px; min-height: 44px; padding-block: 10px; padding-inline: 14px 18px; border: 0; margin: 0;
  cursor: pointer; border-radius: 999px; background: var(--wm-brand); color: var(--wm-brand-text); font: 600 14px/1 var(--wm-font); box-shadow: var(--wm-shadow);
}
.wm-rc-launcher .wm-launcher-count { margin-inline-end: -8px; }
.wm-rc-launcher-icon { width: 48px; height: 48px; padding: 0; justify-content: center; }
.wm-rc-launcher:hover { filter: brightness(1.08); }
.wm-rc-launcher:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 3px; }
.wm-rc-badge {
  position: absolute; top: -6px; inset-inline-end: -4px; min-width: 20px; height: 20px; padding: 0 6px; border-radius: 999px; display: grid; place-items: center;
  background: #b91c1c; color: #ffffff; font: 700 12px/1 var(--wm-font); box-shadow: 0 0 0 2px var(--wm-bg);
}
.wm-rc-panel {
  position: relative; display: flex; flex-direction: column; width: 380px; max-width: calc(100vw - 40px);
  height: min(600px, calc(100vh - 176px)); min-height: min(360px, calc(100vh - 96px)); overflow: hidden;
}
.wm-rc-no-launcher .wm-rc-panel { height: min(600px, calc(100vh - 120px)); }
.wm-rc-header { display: flex; align-items: center; gap: 8px; padding-block: 14px 10px; padding-inline: 18px 10px; }
.wm-rc-title { margin: 0; flex: 1 1 auto; font-size: 17px; }
.wm-rc-icon-btn {
  flex: none; width: 36px; height: 36px; display: grid; place-items: center; padding: 0; margin: 0; border: 0; border-radius: 8px; cursor: pointer;
  background: transparent; color: var(--wm-muted);
}
.wm-rc-icon-btn:hover { background: rgba(127,127,127,.12); color: var(--wm-text); }
.wm-rc-icon-btn:focus-visible, .wm-rc-item:focus-visible, .wm-rc-back:focus-visible, .wm-rc-external:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: -2px; }
.wm-rc-search {
  display: flex; align-items: center; gap: 8px; margin: 0 16px 8px; padding: 0 12px; min-height: 40px; border-radius: 8px;
  border: 1px solid var(--wm-border); background: var(--wm-bg); color: var(--wm-muted);
}
.wm-rc-search:focus-within { border-color: var(--wm-brand); box-shadow: 0 0 0 1px var(--wm-brand); }
.wm-rc-search-input {
  flex: 1 1 auto; min-width: 0; height: 38px; border: 0; outline: 0; margin: 0; padding: 0; background: transparent; color: var(--wm-text); font: 14px/1.4 var(--wm-font);
}
.wm-rc-search-input::placeholder { color: var(--wm-muted); opacity: 1; }
.wm-rc-search-input::-webkit-search-cancel-button { -webkit-appearance: none; appearance: none; }
.wm-rc-clear {
  flex: none; width: 28px; height: 28px; margin-inline-end: -6px; display: grid; place-items: center; padding: 0; border: 0; border-radius: 6px;
  background: transparent; color: var(--wm-muted); cursor: pointer;
}
.wm-rc-clear:hover { background: rgba(127,127,127,.12); color: var(--wm-text); }
.wm-rc-clear:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 0; }
.wm-rc-body { flex: 1 1 auto; overflow-y: auto; overscroll-behavior: contain; padding: 4px 8px 16px; border-top: 1px solid var(--wm-border); }
.wm-rc-section { padding: 8px 0 4px; }
.wm-rc-section + .wm-rc-section { border-top: 1px solid var(--wm-border); margin-top: 6px; }
.wm-rc-section-title { margin: 6px 8px 6px; font-size: 12px; font-weight: 650; letter-spacing: 0.04em; text-transform: uppercase; color: var(--wm-muted); }
.wm-rc-list { list-style: none; margin: 0; padding: 0; }
.wm-rc-item {
  display: flex; align-items: flex-start; gap: 10px; width: 100%; min-height: 44px; padding: 9px 8px; margin: 0; border: 0; border-radius: 8px;
  background: transparent; color: var(--wm-text); font: inherit; text-align: start; text-decoration: none; cursor: pointer;
}
.wm-rc-item:hover { background: rgba(127,127,127,.08); }
.wm-rc-item-icon { flex: none; width: 28px; height: 28px; border-radius: 7px; display: grid; place-items: center; color: var(--wm-brand); background: rgba(127,127,127,.1); }
.wm-rc-item-text { flex: 1 1 auto; min-width: 0; display: grid; gap: 2px; }
.wm-rc-item-title { font-weight: 600; line-height: 1.35; overflow-wrap: anywhere; }
.wm-rc-item-summary { color: var(--wm-muted); font-size: 13px; line-height: 1.4; overflow-wrap: anywhere; }
.wm-rc-item-trail { flex: none; color: var(--wm-muted); margin-top: 6px; }
.wm-rc-new {
  display: inline-block; margin-inline-start: 8px; padding: 2px 7px; border-radius: 999px; vertical-align: 1px;
  background: var(--wm-brand); color: var(--wm-brand-text); font-size: 11px; font-weight: 700; line-height: 1.4;
}
.wm-rc-checklist { padding: 0 8px 4px; }
.wm-rc-checklist + .wm-rc-checklist { margin-top: 10px; }
.wm-rc-checklist-title { display: block; font-weight: 600; margin-bottom: 2px; }
.wm-rc-progress { display: flex; align-items: center; gap: 10px; }
.wm-rc-progress .wm-checklist-progress { flex: 1 1 auto; margin: 4px 0; }
.wm-rc-checklist-count { flex: none; color: var(--wm-muted); font-size: 12px; font-weight: 600; }
.wm-rc-checklist .wm-checklist-items { margin: 0 -8px; }
.wm-rc-checklist .wm-check .wm-icon { stroke-width: 3; }
.wm-rc-contact { padding: 0 8px 4px; display: grid; gap: 8px; justify-items: start; }
.wm-rc-contact-summary { margin: 0; color: var(--wm-muted); font-size: 13px; }
.wm-rc-contact-btn { display: inline-flex; align-items: center; gap: 8px; min-height: 40px; }
.wm-rc-empty { margin: 12px 8px; color: var(--wm-muted); overflow-wrap: anywhere; }
.wm-rc-external {
  display: flex; align-items: center; gap: 8px; margin: 6px 0 0; padding: 10px 8px; border-radius: 8px; color: var(--wm-brand); font-weight: 600;
  text-decoration: none; overflow-wrap: anywhere;
}
.wm-rc-external:hover { background: rgba(127,127,127,.08); text-decoration: underline; }
.wm-rc-article { padding: 4px 8px 8px; }
.wm-rc-back {
  display: inline-flex; align-items: center; gap: 6px; min-height: 36px; padding-block: 6px; padding-inline: 6px 10px; margin-block: 4px 8px; margin-inline: -4px 0; border: 0; border-radius: 8px;
  background: transparent; color: var(--wm-brand); font: 600 13px/1 var(--wm-font); cursor: pointer;
}
.wm-rc-back:hover { background: rgba(127,127,127,.08); }
.wm-rc-article-title { margin: 0 0 4px; font-size: 17px; line-height: 1.3; color: var(--wm-text); }
.wm-rc-article-summary { margin: 0 0 12px; color: var(--wm-muted); }
.wm-dark .wm-rc-item-icon { background: rgba(255,255,255,.08); }

/* Phones: a full-screen sheet above the page, 44 px targets. */
@media (max-width: 479.98px) {
  .wm-rc { bottom: 12px; } .wm-rc-bottom-right { right: 12px; } .wm-rc-bottom-left { left: 12px; }
  .wm-rc-panel, .wm-rc-no-launcher .wm-rc-panel {
    position: fixed; inset: 0; width: 100vw; max-width: none; height: 100%; border-radius: 0; border: 0; z-index: 2147483646;
  }
  .wm-rc-header { padding-block: 8px; padding-inline: 16px 6px; }
  .wm-rc-icon-btn { width: 44px; height: 44px; }
  .wm-rc-search { min-height: 44px; }
  .wm-rc-back { min-height: 44px; }
  .wm-rc-clear { width: 40px; height: 40px; margin-inline-end: -10px; }
}
@media (prefers-reduced-motion: no-preference) {
  .wm-rc-panel { animation: wm-in 160ms ease-out; }
}
`;
