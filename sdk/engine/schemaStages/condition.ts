// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Condition as schema } from '../../../shared/schema/condition.ts';
