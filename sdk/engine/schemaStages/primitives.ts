// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Id as schema } from '../../../shared/schema/primitives.ts';
