// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Checklist as schema } from '../../../shared/schema/checklist.ts';
