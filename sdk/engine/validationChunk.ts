/*
 * The validators' chunk (`waymark.validation.js` in the split builds; a module of the one-file
 * build evaluated on first use). Setting up zod's schemas is most of what checking costs the first
 * time, and it runs as each schema module is first evaluated: here the modules are evaluated a
 * group per task (from the leaves up, zod with the first), so the set-up is never one long task.
 * (Each stage imports one schema through a module of its own in schemaStages/: importing a
 * module at run time keeps all its exports, and for zod itself that would be all of zod.)
 */
import { yieldToMain } from '../yieldToMain.ts';
import type * as Validation from './validation.ts';
import type * as UserStateCheck from '../../shared/schema/userState.ts';

/** The schema modules by group, each group's dependencies in the groups before it. */
const STAGES: Array<() => Promise<unknown>> = [
  () => import('./schemaStages/primitives.ts'),
  () => import('../../shared/schema/userState.ts'),
  () => import('./schemaStages/condition.ts').then(warm),
  () => import('./schemaStages/content.ts').then(warm),
  () => import('./schemaStages/step.ts').then(warm),
  () => import('./schemaStages/checklist.ts').then(warm),
  () => import('./schemaStages/resourceCenter.ts').then(warm),
  () => import('./schemaStages/flow.ts').then(warm),
  () => import('./schemaStages/bundle.ts').then(warm),
];

/** zod builds some of a schema's internals on its first parse (a discriminated union's map of options): an empty object builds them, in this stage's task. */
function warm(stage: { schema: { safeParse: (input: unknown) => unknown } }): void {
  stage.schema.safeParse({});
}

let ready = 0;

/** Evaluates the stages up to `last` (exclusive), one per task; later calls skip what is done. */
async function upTo(last: number): Promise<void> {
  while (ready < last) {
    const stage = ready;
    await STAGES[stage]!();
    if (ready === stage) ready = stage + 1;
    if (ready < last) await yieldToMain();
  }
}

/** The validators, set up a group of schemas per task. */
export async function setUp(): Promise<typeof Validation> {
  await upTo(STAGES.length);
  await yieldToMain();
  return import('./validation.ts');
}

/** The user state's check alone (the sync's pull at start-up): zod and its few schemas. */
export async function userStateCheck(): Promise<typeof UserStateCheck> {
  await upTo(2);
  return import('../../shared/schema/userState.ts');
}
