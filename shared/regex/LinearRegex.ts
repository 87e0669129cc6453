import { type CharSet, isWordChar } from './charSets.ts';

/** One automaton state. `split` goes on to both `next` and `other` without reading input. */
export type State =
  | { op: 'match' }
  | { op: 'char'; set: CharSet; next: number }
  | { op: 'assert'; kind: '^' | '$' | 'b' | 'B'; next: number }
  | { op: 'split'; next: number; other: number };

/**
 * A compiled pattern (see compileRegex). `test` runs all alternatives in step, one pass over the
 * input (Thompson's construction): no backtracking, so no input can make it slow.
 */
export class LinearRegex {
  constructor(
    private readonly states: readonly State[],
    private readonly start: number,
  ) {}

  /** Whether the pattern matches anywhere in `input`, as `RegExp.prototype.test` without flags. */
  test(input: string): boolean {
    const { states, start } = this;
    const seen = new Uint32Array(states.length);
    let generation = 0;
    let current: number[] = [];
    const stack: number[] = [];
    /** Adds `from` and every state reachable from it without reading input; true when one matches. */
    const follow = (list: number[], from: number, pos: number): boolean => {
      stack.push(from);
      while (stack.length > 0) {
        const index = stack.pop()!;
        if (seen[index] === generation) continue;
        seen[index] = generation;
        const state = states[index]!;
        if (state.op === 'match') {
          stack.length = 0;
          return true;
        }
        if (state.op === 'char') list.push(index);
        else if (state.op === 'split') stack.push(state.other, state.next);
        else if (holds(state.kind, input, pos)) stack.push(state.next);
      }
      return false;
    };
    generation++;
    if (follow(current, start, 0)) return true;
    for (let pos = 0; pos < input.length; pos++) {
      const code = input.charCodeAt(pos);
      const next: number[] = [];
      generation++;
      for (const index of current) {
        const state = states[index] as { set: CharSet; next: number };
        if (state.set(code) && follow(next, state.next, pos + 1)) return true;
      }
      if (follow(next, start, pos + 1)) return true;
      current = next;
    }
    return false;
  }
}

function holds(kind: '^' | '$' | 'b' | 'B', input: string, pos: number): boolean {
  if (kind === '^') return pos === 0;
  if (kind === '$') return pos === input.length;
  const boundary = isWordChar(input.charCodeAt(pos - 1)) !== isWordChar(input.charCodeAt(pos));
  return kind === 'b' ? boundary : !boundary;
}
