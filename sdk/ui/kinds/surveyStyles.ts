/** Surveys' part of the stylesheet, adopted after the base (`sdk/ui/styles.ts`). */
export const surveyStyles = `
.wm-survey { position: fixed; right: 20px; bottom: 76px; width: min(380px, calc(100vw - 40px)); padding: 18px 18px 14px; z-index: 2147483646; }
.wm-survey .wm-title { padding-inline-end: 24px; }
.wm-survey form { margin: 0; }
.wm-rating { display: flex; gap: 3px; margin-top: 10px; }
.wm-rating-option {
  flex: 1 1 0; min-width: 24px; min-height: 32px; padding: 0; margin: 0; font: 600 13px/1 var(--wm-font); cursor: pointer;
  border: 1px solid var(--wm-border); border-radius: 6px; background: var(--wm-bg); color: var(--wm-text);
}
.wm-rating-option:hover { border-color: var(--wm-brand); }
.wm-rating-option[aria-checked="true"] { background: var(--wm-brand); border-color: var(--wm-brand); color: var(--wm-brand-text); }
.wm-rating-option:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 2px; }
.wm-rating-labels { display: flex; justify-content: space-between; color: var(--wm-muted); font-size: 12px; margin-top: 4px; }
.wm-followup { display: grid; gap: 4px; margin-top: 12px; font-size: 13px; color: var(--wm-text); }
.wm-followup textarea {
  font: 14px/1.4 var(--wm-font); min-height: 64px; resize: vertical; padding: 8px; border-radius: 6px;
  border: 1px solid var(--wm-border); background: var(--wm-bg); color: var(--wm-text);
}
.wm-btn:disabled { opacity: 0.5; cursor: not-allowed; }
@media (max-width: 479.98px) {
  .wm-survey { left: 0; right: 0; bottom: 0; width: auto; border-radius: var(--wm-radius) var(--wm-radius) 0 0; padding: 16px 16px 14px; max-height: 88vh; overflow: auto; }
  .wm-rating { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 4px; }
}
@media (max-width: 479.98px), (pointer: coarse) {
  .wm-rating-option { min-height: 44px; min-width: 44px; font-size: 15px; }
  .wm-survey .wm-title { padding-inline-end: 40px; }
}
@media (max-width: 479.98px) {
  .wm-survey { max-height: 88dvh; padding-bottom: calc(14px + env(safe-area-inset-bottom, 0px)); }
}
`;
