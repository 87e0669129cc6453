/**
 * The SDK's stylesheet, adopted by its shadow root (constructable stylesheet: CSP-safe): the base,
 * with bars and modals; each renderer chunk brings its own part (`sdk/ui/kinds/*Styles.ts`), adopted
 * after this one.
 */
export const styles = `
/* Important, so no page rule reaches the host; one stacking context at the top z-index, later in the
   document than <body>, so the SDK paints above the page's own max-z-index overlays. */
:host {
  all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important;
}
.wm-layer {
  --wm-brand: #4f46e5; --wm-brand-text: #ffffff; --wm-bg: #ffffff; --wm-text: #1f2937; --wm-muted: #6b7280;
  --wm-border: #e5e7eb; --wm-radius: 10px; --wm-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --wm-shadow: 0 12px 32px rgba(15, 23, 42, 0.18), 0 2px 6px rgba(15, 23, 42, 0.08);
  font-family: var(--wm-font); font-size: 14px; line-height: 1.5; color: var(--wm-text);
  -webkit-font-smoothing: antialiased; text-align: start; letter-spacing: normal;
}
.wm-layer *, .wm-layer *::before, .wm-layer *::after { box-sizing: border-box; }
.wm-dark { --wm-bg: #111827; --wm-text: #f3f4f6; --wm-muted: #9ca3af; --wm-border: #374151; }
.wm-card {
  background: var(--wm-bg); color: var(--wm-text); border-radius: var(--wm-radius); box-shadow: var(--wm-shadow);
  border: 1px solid var(--wm-border);
}
.wm-card:focus { outline: none; }
.wm-card:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 2px; }
.wm-title { margin: 0 0 6px; font-size: 16px; font-weight: 650; line-height: 1.3; color: var(--wm-text); }
.wm-content p { margin: 0 0 8px; }
.wm-content h1, .wm-content h2, .wm-content h3 { margin: 4px 0 8px; line-height: 1.3; color: var(--wm-text); }
.wm-content h1 { font-size: 20px; } .wm-content h2 { font-size: 17px; } .wm-content h3 { font-size: 15px; }
.wm-content ul, .wm-content ol { margin: 0 0 8px; padding-inline-start: 20px; }
.wm-content img { max-width: 100%; height: auto; border-radius: 6px; display: block; margin: 4px 0 8px; }
.wm-content a { color: var(--wm-brand); text-decoration: underline; }
.wm-content code { font-family: ui-monospace, Menlo, monospace; font-size: 0.92em; background: rgba(127,127,127,.15); padding: 0 3px; border-radius: 3px; }
.wm-footer { display: flex; align-items: center; gap: 8px; margin-top: 12px; }
.wm-progress { color: var(--wm-muted); font-size: 12px; margin-inline-end: auto; }
.wm-buttons { display: flex; gap: 8px; margin-inline-start: auto; flex-wrap: wrap; }
.wm-btn {
  font: inherit; font-size: 13px; font-weight: 600; line-height: 1; cursor: pointer; border-radius: calc(var(--wm-radius) - 4px);
  min-height: 32px; min-width: 32px; padding: 8px 14px; border: 1px solid transparent; margin: 0;
}
.wm-btn:focus-visible { outline: 2px solid var(--wm-brand); outline-offset: 2px; }
.wm-btn-primary { background: var(--wm-brand); color: var(--wm-brand-text); }
.wm-btn-primary:hover { filter: brightness(1.08); }
.wm-btn-secondary { background: transparent; color: var(--wm-text); border-color: var(--wm-border); }
.wm-btn-secondary:hover { background: rgba(127,127,127,.08); }
.wm-btn-link { background: transparent; color: var(--wm-brand); padding-left: 4px; padding-right: 4px; text-decoration: underline; }
.wm-close {
  position: absolute; top: 6px; inset-inline-end: 6px; width: 28px; height: 28px; display: grid; place-items: center; cursor: pointer;
  background: transparent; border: 0; border-radius: 6px; color: var(--wm-muted); font: 20px/1 var(--wm-font); padding: 0;
}
.wm-close:hover { background: rgba(127,127,127,.12); color: var(--wm-text); }
.wm-close:focus-visible { outline: 2px solid var(--wm-brand); }

.wm-bar {
  position: fixed; left: 0; right: 0; z-index: 2147483644; display: flex; align-items: center; justify-content: center; gap: 16px;
  padding-block: 10px; padding-inline: 16px 48px; background: var(--wm-brand); color: var(--wm-brand-text); box-shadow: 0 2px 10px rgba(15,23,42,.15);
  border-radius: 0; border: 0;
}
.wm-bar-top { top: 0; } .wm-bar-bottom { bottom: 0; }
.wm-bar .wm-content, .wm-bar .wm-content a, .wm-bar .wm-title { color: var(--wm-brand-text); }
.wm-bar .wm-content p { margin: 0; }
.wm-bar .wm-title { font-size: 14px; margin: 0; }
.wm-bar .wm-buttons { margin-inline-start: 0; }
.wm-bar .wm-btn-primary { background: var(--wm-brand-text); color: var(--wm-brand); }
.wm-bar .wm-btn-secondary { color: var(--wm-brand-text); border-color: rgba(255,255,255,.6); }
.wm-bar .wm-btn-secondary:hover { background: rgba(255,255,255,.12); }
.wm-bar .wm-close { color: var(--wm-brand-text); top: 50%; margin-top: -14px; inset-inline-end: 10px; }
.wm-bar .wm-btn:focus-visible, .wm-bar .wm-close:focus-visible { outline-color: var(--wm-brand-text); }

.wm-overlay { position: fixed; inset: 0; z-index: 2147483646; display: grid; place-items: center; background: rgba(15, 23, 42, 0.55); padding: 16px; }
.wm-modal { position: relative; width: 100%; max-width: 480px; max-height: calc(100vh - 32px); overflow: auto; padding: 24px 24px 18px; }
.wm-modal-small { max-width: 360px; } .wm-modal-large { max-width: 720px; }
.wm-modal .wm-title { font-size: 19px; padding-inline-end: 24px; }
.wm-live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }


/* Phones (below 480 px, NARROW_VIEWPORT): full-width cards, bottom sheets, 44 px touch targets. */
@media (max-width: 479.98px) {
  .wm-overlay { place-items: end stretch; padding: 0; }
  .wm-modal, .wm-modal-small, .wm-modal-large { max-width: none; width: 100%; max-height: 88vh; border-radius: var(--wm-radius) var(--wm-radius) 0 0; padding: 20px 16px 16px; }
  .wm-bar { flex-wrap: wrap; justify-content: flex-start; gap: 8px 12px; padding-block: 8px; padding-inline: 12px 52px; }
}
@media (max-width: 479.98px), (pointer: coarse) {
  .wm-btn { min-height: 44px; min-width: 44px; padding: 12px 16px; font-size: 14px; }
  .wm-close { width: 44px; height: 44px; top: 2px; inset-inline-end: 2px; }
  .wm-bar .wm-close { margin-top: -22px; inset-inline-end: 4px; }
  .wm-modal .wm-title { padding-inline-end: 40px; }
}

@media (prefers-reduced-motion: no-preference) {
  .wm-modal, .wm-bar { animation: wm-in 160ms ease-out; }
}
@keyframes wm-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }

/* Notches and home indicators (a page with viewport-fit=cover): what touches an edge keeps clear of
   them. Heights follow the visible viewport (dvh), not the one under a phone's collapsing URL bar. */
.wm-bar-top { padding-top: calc(10px + env(safe-area-inset-top, 0px)); }
.wm-bar-bottom { padding-bottom: calc(10px + env(safe-area-inset-bottom, 0px)); }
.wm-bar { padding-inline-start: calc(16px + env(safe-area-inset-left, 0px)); }
.wm-rc { margin-bottom: env(safe-area-inset-bottom, 0px); }
.wm-modal { max-height: calc(100dvh - 32px); }
@media (max-width: 479.98px) {
  .wm-bar-top { padding-top: calc(8px + env(safe-area-inset-top, 0px)); }
  .wm-bar-bottom { padding-bottom: calc(8px + env(safe-area-inset-bottom, 0px)); }
  .wm-bar { padding-inline-start: calc(12px + env(safe-area-inset-left, 0px)); }
  .wm-overlay .wm-modal { max-height: 88dvh; padding-bottom: calc(16px + env(safe-area-inset-bottom, 0px)); }
}
`;
