export { assignVariant } from './assignVariant.ts';
export { chooseVariation } from './chooseVariation.ts';
export { fnv1a32 } from './fnv1a32.ts';
export { getBucketRanges } from './getBucketRanges.ts';
export { hashV2 } from './hashV2.ts';
export { inHoldout } from './inHoldout.ts';
export { stickyAssignment } from './stickyAssignment.ts';

export type { BucketRange } from './getBucketRanges.ts';
export type { StoredAssignment } from './stickyAssignment.ts';
