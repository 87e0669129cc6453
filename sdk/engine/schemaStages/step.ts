// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Step as schema } from '../../../shared/schema/step.ts';
