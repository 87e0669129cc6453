// One stage of the validators' set-up (see validationChunk.ts): importing one schema evaluates its module.
export { Flow as schema } from '../../../shared/schema/flow.ts';
