/** Styles of the builder's own page overlay (inside its shadow root; the page's CSS cannot reach it). */
export const overlayStyles = `
.wmb { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
.wmb-highlight {
  position: fixed; pointer-events: none; z-index: 2147483646; box-sizing: border-box;
  border: 2px solid #7c3aed; background: rgba(124, 58, 237, 0.12); border-radius: 3px; display: none;
}
.wmb-label {
  position: fixed; pointer-events: none; z-index: 2147483647; display: none; max-width: 420px;
  background: #1f2937; color: #fff; padding: 3px 8px; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
}
.wmb-label[data-stability="fragile"], .wmb-label[data-matches="bad"] { background: #b45309; }
.wmb-banner {
  position: fixed; z-index: 2147483647; left: 50%; bottom: 16px; transform: translateX(-50%); display: none;
  align-items: center; gap: 10px; background: #111827; color: #fff; padding: 8px 12px; border-radius: 999px;
  box-shadow: 0 6px 20px rgba(0,0,0,.25);
}
.wmb-banner button {
  font: inherit; border: 0; border-radius: 999px; padding: 3px 10px; background: #374151; color: #fff; cursor: pointer;
}
.wmb-banner button:hover { background: #4b5563; }
.wmb-banner button:disabled { opacity: .5; cursor: default; }
.wmb-dot { width: 8px; height: 8px; border-radius: 50%; background: #ef4444; }
.wmb-notice {
  position: fixed; z-index: 2147483647; right: 16px; top: 16px; max-width: 360px; display: none;
  background: #fffbeb; color: #78350f; border: 1px solid #f59e0b; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 6px 20px rgba(0,0,0,.15);
}
`;
