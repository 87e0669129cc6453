/** Deepest nesting `evaluateCondition` follows; a node deeper than this is unknown (never matches). The root is level 1. */
export const MAX_CONDITION_DEPTH = 32;

/** Longest `regex` pattern accepted, in characters. */
export const MAX_REGEX_PATTERN_LENGTH = 500;

/** Longest trait string a `regex` rule is run against; longer strings do not match (bounds the matching cost). */
export const MAX_REGEX_INPUT_LENGTH = 1000;

/** Most condition nodes one evaluation or validation visits; beyond it the rule does not match / is reported. */
export const MAX_CONDITION_NODES = 10_000;
