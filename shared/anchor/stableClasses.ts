import { isGeneratedToken } from './isGeneratedToken.ts';

/** Classes that describe state rather than identity. */
const STATE_CLASS = /^(?:is-|has-)|(?:^|-)(?:active|selected|open|opened|closed|hover|focus|focused|disabled|checked|expanded|collapsed|visible|hidden|current|loading|error|invalid|valid|dirty|touched|show|fade|in|completed|done|editing)$/i;

/** The element's classes that name what it is: not hashed or generated, not state, not utility variants (`md:flex`). */
export function stableClasses(element: Element): string[] {
  return Array.from(element.classList).filter((name) => !isGeneratedToken(name) && !STATE_CLASS.test(name) && !name.includes(':'));
}
