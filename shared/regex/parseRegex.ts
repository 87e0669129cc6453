import { type CharSet, DIGIT, inRanges, LINE_END, SPACE, WORD } from './charSets.ts';
import { MAX_REGEX_REPEAT } from './regexLimits.ts';

/** A parsed pattern: groups are gone (nothing is captured), only what is matched remains. */
export type RegexNode =
  | { type: 'set'; set: CharSet }
  | { type: 'seq'; items: RegexNode[] }
  | { type: 'alt'; options: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number }
  | { type: 'assert'; kind: '^' | '$' | 'b' | 'B' };

export class RegexSyntaxError extends Error {}

const CLASS_ESCAPES: Record<string, readonly number[]> = { d: DIGIT, w: WORD, s: SPACE };
const CHAR_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
const not = (set: CharSet): CharSet => (code) => !set(code);
const one = (code: number): CharSet => (c) => c === code;

/**
 * Parses the linear-time dialect: a JavaScript regular expression (no flags, UTF-16 code units)
 * without backreferences, lookaround or other constructs that need backtracking. Throws
 * RegexSyntaxError with a message an author can act on.
 */
export function parseRegex(source: string): RegexNode {
  let pos = 0;
  /** `at`: where the offending construct starts (0-based). */
  const fail = (message: string, at = pos): never => {
    throw new RegexSyntaxError(`${message} (at character ${at + 1})`);
  };
  const peek = () => source[pos];
  const atomSet = (set: CharSet): RegexNode => ({ type: 'set', set });

  function alternation(): RegexNode {
    const options = [sequence()];
    while (peek() === '|') {
      pos++;
      options.push(sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  function sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (pos < source.length && peek() !== '|' && peek() !== ')') {
      const atom = term();
      const quantified = quantifier(atom);
      if (quantifierAt(pos)) fail('nothing to repeat');
      items.push(quantified);
    }
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  /** The bounds of a quantifier starting at `at`, and where it ends; undefined when there is none. */
  function quantifierAt(at: number): { min: number; max: number; end: number } | undefined {
    const ch = source[at];
    if (ch === '*') return { min: 0, max: Infinity, end: at + 1 };
    if (ch === '+') return { min: 1, max: Infinity, end: at + 1 };
    if (ch === '?') return { min: 0, max: 1, end: at + 1 };
    const braces = ch === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at)) : null;
    if (!braces) return undefined;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    return { min, max, end: at + braces[0].length };
  }

  function quantifier(atom: RegexNode): RegexNode {
    const q = quantifierAt(pos);
    if (!q) return atom;
    if (atom.type === 'assert') fail('nothing to repeat');
    if (q.min > q.max) fail('numbers out of order in {} quantifier');
    if (Math.max(q.min, q.max === Infinity ? 0 : q.max) > MAX_REGEX_REPEAT) fail(`a {} count is more than ${MAX_REGEX_REPEAT}`);
    pos = q.end;
    if (peek() === '?') pos++; // lazy: the same strings match
    return { type: 'repeat', body: atom, min: q.min, max: q.max };
  }

  function term(): RegexNode {
    const ch = source[pos++]!;
    switch (ch) {
      case '(':
        return group();
      case ')':
        return fail('unmatched ")"');
      case '[':
        return { type: 'set', set: charClass() };
      case '.':
        return { type: 'set', set: not(inRanges(LINE_END)) };
      case '^':
      case '$':
        return { type: 'assert', kind: ch };
      case '\\':
        return escape();
      default:
        pos--;
        if (quantifierAt(pos)) fail('nothing to repeat');
        pos++;
        return atomSet(one(ch.charCodeAt(0)));
    }
  }

  function group(): RegexNode {
    if (peek() === '?') {
      const head = source.slice(pos, pos + 3);
      if (head.startsWith('?=') || head.startsWith('?!')) fail('lookahead ((?= and (?!) is not supported', pos - 1);
      if (head === '?<=' || head === '?<!') fail('lookbehind ((?<= and (?<!) is not supported', pos - 1);
      if (head.startsWith('?:')) pos += 2;
      else {
        const name = /^\?<[A-Za-z_$][\w$]*>/.exec(source.slice(pos));
        if (!name) fail('unsupported group: only (…), (?:…) and (?<name>…) are supported', pos - 1);
        pos += name![0].length;
      }
    }
    const inner = alternation();
    if (peek() !== ')') fail('missing ")"');
    pos++;
    // A group may be repeated even when it holds only an assertion: ($)* is valid.
    return inner.type === 'assert' ? { type: 'seq', items: [inner] } : inner;
  }

  /** The escape after a backslash, outside a class. */
  function escape(): RegexNode {
    const ch = source[pos];
    if (ch === 'b' || ch === 'B') {
      pos++;
      return { type: 'assert', kind: ch };
    }
    return atomSet(classAtom(true));
  }

  /** One character or escape (after its backslash) as a set; outside a class `\b` is taken before this. */
  function classAtom(escaped: boolean): CharSet {
    if (!escaped) return one(source.charCodeAt(pos++));
    const ch = source[pos++];
    if (ch === undefined) return fail('"\\" at end of pattern');
    const lower = ch.toLowerCase();
    if (CLASS_ESCAPES[lower] && /[dwsDWS]/.test(ch)) {
      const set = inRanges(CLASS_ESCAPES[lower]!);
      return ch === lower ? set : not(set);
    }
    if (CHAR_ESCAPES[ch] !== undefined) return one(CHAR_ESCAPES[ch]!);
    if (ch === 'b') return one(8);
    if (ch === '0' && !/\d/.test(peek() ?? '')) return one(0);
    if (/\d/.test(ch)) return fail('backreferences (\\1, \\2 …) are not supported', pos - 2);
    if (ch === 'k') return fail('backreferences (\\k<name>) are not supported', pos - 2);
    const hex = ch === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(pos)) : ch === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(pos)) : null;
    if (hex) {
      pos += hex[0].length;
      return one(parseInt(hex[0], 16));
    }
    if (/[A-Za-z0-9]/.test(ch)) return fail(`unsupported escape "\\${ch}"`, pos - 2);
    return one(ch.charCodeAt(0));
  }

  /** The single code unit a class range ends at, or undefined when the member is a class (\d …). */
  function classChar(): { set: CharSet; code?: number } {
    const escaped = peek() === '\\';
    if (escaped) pos++;
    const start = pos;
    const set = classAtom(escaped);
    if (escaped && /[dwsDWS]/.test(source[start]!)) return { set };
    const code = escaped ? codeOfEscape(source.slice(start, pos)) : source.charCodeAt(start);
    return { set, code };
  }

  function charClass(): CharSet {
    const negated = peek() === '^';
    if (negated) pos++;
    const members: CharSet[] = [];
    while (peek() !== ']') {
      if (pos >= source.length) fail('missing "]"');
      const from = classChar();
      if (peek() === '-' && source[pos + 1] !== ']' && pos + 1 < source.length) {
        pos++;
        const to = classChar();
        if (from.code === undefined || to.code === undefined) fail('a class range cannot start or end with \\d, \\w or \\s');
        if (from.code! > to.code!) fail('range out of order in character class');
        members.push(inRanges([from.code!, to.code!]));
      } else members.push(from.set);
    }
    pos++;
    const union: CharSet = (code) => members.some((member) => member(code));
    return negated ? not(union) : union;
  }

  const tree = alternation();
  if (pos < source.length) fail('unmatched ")"');
  return tree;
}

/** The code unit a single-character escape such as `n`, `x41`, `-` or `0` stands for. */
function codeOfEscape(escape: string): number {
  if (CHAR_ESCAPES[escape] !== undefined) return CHAR_ESCAPES[escape]!;
  if (escape === 'b') return 8;
  if (escape === '0') return 0;
  if (escape.length > 1) return parseInt(escape.slice(1), 16);
  return escape.charCodeAt(0);
}
