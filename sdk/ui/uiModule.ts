/** The renderers (Preact, Floating UI, the step components): its own chunk in the built SDK. */
export { mountRoot } from './mountRoot.ts';
