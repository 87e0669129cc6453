// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Content as schema } from '../../../shared/schema/content.ts';
