import type { RendererChunk } from '../Renderers.ts';

/** In the split builds this import is the chunk's file beside the SDK's script (scripts/sdkBuilds.ts rewrites it). */
export const loadChecklist = (): Promise<RendererChunk> => import('./checklist.ts');
