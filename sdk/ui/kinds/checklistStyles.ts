/** Checklists' part of the stylesheet, adopted after the base (`sdk/ui/styles.ts`). */
export const checklistStyles = `
.wm-checklist { position: fixed; bottom: 20px; z-index: 2147483643; display: flex; flex-direction: column; gap: 10px; }
.wm-checklist-bottom-right { right: 20px; align-items: flex-end; } .wm-checklist-bottom-left { left: 20px; align-items: flex-start; }
.wm-launcher {
  display: inline-flex; align-items: center; gap: 10px; min-height: 40px; padding-block: 8px; padding-inline: 16px 10px; border: 0; margin: 0; cursor: pointer;
  border-radius: 999px; background: var(--wm-brand); color: var(--wm-brand-text); font: 600 14px/1 var(--wm-font); box-shadow: var(--wm-shadow);
}
.wm-launcher:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 3px; }
.wm-launcher-count { background: rgba(0,0,0,.24); border-radius: 999px; padding: 4px 8px; font-size: 12px; }
.wm-checklist-panel { position: relative; width: min(340px, calc(100vw - 40px)); padding: 18px 16px 10px; }
.wm-checklist-description { margin: 0 0 8px; color: var(--wm-muted); }
.wm-checklist-progress { height: 6px; border-radius: 3px; background: var(--wm-border); overflow: hidden; margin: 6px 0 8px; }
.wm-checklist-bar { display: block; height: 100%; background: var(--wm-brand); width: 0; }
.wm-checklist-bar[data-filled="0"] { width: 0%; }
.wm-checklist-bar[data-filled="1"] { width: 10%; }
.wm-checklist-bar[data-filled="2"] { width: 20%; }
.wm-checklist-bar[data-filled="3"] { width: 30%; }
.wm-checklist-bar[data-filled="4"] { width: 40%; }
.wm-checklist-bar[data-filled="5"] { width: 50%; }
.wm-checklist-bar[data-filled="6"] { width: 60%; }
.wm-checklist-bar[data-filled="7"] { width: 70%; }
.wm-checklist-bar[data-filled="8"] { width: 80%; }
.wm-checklist-bar[data-filled="9"] { width: 90%; }
.wm-checklist-bar[data-filled="10"] { width: 100%; }
.wm-checklist-items { list-style: none; margin: 0; padding: 0; }
.wm-checklist-item {
  display: flex; gap: 10px; align-items: flex-start; width: 100%; text-align: start; padding: 8px 6px; margin: 0; border: 0; border-radius: 8px;
  background: transparent; color: var(--wm-text); font: inherit; cursor: pointer; min-height: 44px;
}
.wm-checklist-item:hover { background: rgba(127,127,127,.08); }
.wm-checklist-item:focus-visible { outline: 2px solid var(--wm-brand); }
.wm-check { flex: none; width: 20px; height: 20px; border-radius: 50%; border: 2px solid var(--wm-border); display: grid; place-items: center; font-size: 12px; color: var(--wm-brand-text); margin-top: 1px; }
.wm-checklist-item[data-done="true"] .wm-check { background: var(--wm-brand); border-color: var(--wm-brand); }
.wm-checklist-item[data-done="true"] .wm-checklist-item-title { text-decoration: line-through; color: var(--wm-muted); }
.wm-checklist-text { display: grid; gap: 2px; }
.wm-checklist-item-title { font-weight: 600; }
.wm-checklist-item-description { color: var(--wm-muted); font-size: 13px; }
.wm-checklist { margin-bottom: env(safe-area-inset-bottom, 0px); }
@media (max-width: 479.98px) {
  .wm-checklist { bottom: 12px; } .wm-checklist-bottom-right { right: 12px; } .wm-checklist-bottom-left { left: 12px; }
  .wm-checklist-panel { width: calc(100vw - 24px); max-height: calc(100vh - 96px); overflow: auto; }
}
@media (max-width: 479.98px), (pointer: coarse) {
  .wm-launcher { min-height: 44px; }
}
@media (max-width: 479.98px) {
  .wm-checklist-panel { max-height: calc(100dvh - 96px); }
}
`;
