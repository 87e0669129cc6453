import type { CharSet } from './charSets.ts';
import { parseRegex, RegexSyntaxError, type RegexNode } from './parseRegex.ts';
import { MAX_REGEX_STATES } from './regexLimits.ts';
import { LinearRegex, type State } from './LinearRegex.ts';

export type CompiledRegex = { ok: true; regex: LinearRegex } | { ok: false; error: string };

/**
 * Compiles a pattern of the linear-time dialect to an automaton whose `test` takes time
 * proportional to input length × pattern size, whatever the pattern and input. A pattern outside
 * the dialect (backreferences, lookaround, …) or too large is an error naming what is wrong.
 */
export function compileRegex(source: string): CompiledRegex {
  try {
    const states: State[] = [{ op: 'match' }];
    const add = (state: State): number => {
      if (states.length >= MAX_REGEX_STATES) throw new RegexSyntaxError(`pattern is too complex (more than ${MAX_REGEX_STATES} states): use fewer or smaller {} counts`);
      return states.push(state) - 1;
    };
    /** Compiles `node` to states that continue at `next`; returns where they start. */
    const build = (node: RegexNode, next: number): number => {
      switch (node.type) {
        case 'set':
          return add({ op: 'char', set: node.set as CharSet, next });
        case 'assert':
          return add({ op: 'assert', kind: node.kind, next });
        case 'seq':
          for (let i = node.items.length - 1; i >= 0; i--) next = build(node.items[i]!, next);
          return next;
        case 'alt': {
          let start = build(node.options[node.options.length - 1]!, next);
          for (let i = node.options.length - 2; i >= 0; i--) start = add({ op: 'split', next: build(node.options[i]!, next), other: start });
          return start;
        }
        case 'repeat': {
          let start = next;
          if (node.max === Infinity) {
            const loop = add({ op: 'split', next: -1, other: next });
            (states[loop] as { next: number }).next = build(node.body, loop);
            start = loop;
          } else {
            for (let i = node.min; i < node.max; i++) start = add({ op: 'split', next: build(node.body, start), other: next });
          }
          for (let i = 0; i < node.min; i++) start = build(node.body, start);
          return start;
        }
      }
    };
    const start = build(parseRegex(source), 0);
    return { ok: true, regex: new LinearRegex(states, start) };
  } catch (error) {
    if (error instanceof RegexSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}
