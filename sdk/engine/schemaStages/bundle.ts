// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { BundleEnvelope as schema } from '../../../shared/schema/bundle.ts';
