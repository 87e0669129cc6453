/** Tooltips' and hotspots' part of the stylesheet, adopted after the base (`sdk/ui/styles.ts`). */
export const anchoredStyles = `
.wm-tooltip { position: fixed; top: 0; left: 0; width: max-content; max-width: min(340px, calc(100vw - 16px)); padding: 16px 18px 14px; z-index: 2147483646; }
.wm-arrow { position: absolute; width: 12px; height: 12px; background: var(--wm-bg); transform: rotate(45deg); border: 1px solid var(--wm-border); }
.wm-arrow[data-side="top"] { border-top: 0; border-left: 0; }
.wm-arrow[data-side="bottom"] { border-bottom: 0; border-right: 0; }
.wm-arrow[data-side="left"] { border-bottom: 0; border-left: 0; }
.wm-arrow[data-side="right"] { border-top: 0; border-right: 0; }
.wm-spotlight {
  position: fixed; top: 0; left: 0; width: 0; height: 0; border-radius: 8px; pointer-events: none; z-index: 2147483645;
  box-shadow: 0 0 0 100vmax rgba(15, 23, 42, 0.55);
}
.wm-tooltip .wm-title { padding-inline-end: 22px; }
.wm-beacon {
  position: fixed; top: 0; left: 0; width: 24px; height: 24px; padding: 0; margin: 0; border: 0; border-radius: 50%; cursor: pointer;
  background: transparent; display: grid; place-items: center; z-index: 2147483644;
}
.wm-beacon::before { content: ""; width: 12px; height: 12px; border-radius: 50%; background: var(--wm-brand); box-shadow: 0 0 0 2px #fff; }
.wm-beacon-pulse { position: absolute; inset: 2px; border-radius: 50%; background: var(--wm-brand); opacity: 0.35; }
.wm-beacon:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 2px; }
@media (max-width: 479.98px) {
  .wm-tooltip { width: calc(100vw - 16px); max-width: none; overflow: auto; }
}
@media (max-width: 479.98px), (pointer: coarse) {
  .wm-beacon { width: 44px; height: 44px; }
  .wm-tooltip .wm-title { padding-inline-end: 40px; }
}
@media (prefers-reduced-motion: no-preference) {
  .wm-beacon-pulse { animation: wm-pulse 1.6s ease-out infinite; }
  .wm-tooltip { animation: wm-in 160ms ease-out; }
}
@keyframes wm-pulse { from { transform: scale(0.6); opacity: 0.6; } to { transform: scale(1.6); opacity: 0; } }
`;
