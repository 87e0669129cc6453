/** Largest count in `{m,n}`: each repetition is a copy of its body in the automaton. */
export const MAX_REGEX_REPEAT = 100;

/** Most automaton states one pattern compiles to; matching costs at most states × input length steps. */
export const MAX_REGEX_STATES = 2000;
