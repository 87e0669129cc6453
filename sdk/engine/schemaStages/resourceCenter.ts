// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { ResourceCenter as schema } from '../../../shared/schema/resourceCenter.ts';
