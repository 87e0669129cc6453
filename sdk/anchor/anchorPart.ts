/*
 * Finding elements on the page, in one module: anchor resolution and the shared observer. The
 * split builds load it as `waymark.anchors.js` when a flow or milestone points at an element;
 * the one-file build keeps it.
 */
export { anchorElements } from '../../shared/anchor/anchorElements.ts';
export { resolveAnchor } from '../../shared/anchor/resolveAnchor.ts';
export { AnchorWatcher } from './AnchorWatcher.ts';
