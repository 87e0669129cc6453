import { expect, it } from 'vitest';
import { formatPath } from '../../../shared/schema/formatIssues.ts';

it('writes paths as code would, quoting keys that would not read plainly after a dot', () => {
  expect(formatPath(['steps', 2, 'anchor'])).toBe('steps[2].anchor');
  expect(formatPath(['props', 'data-testid'])).toBe('props.data-testid');
  expect(formatPath(['content', 0, 'children', 2, '', '__proto__'])).toBe('content[0].children[2][""].__proto__');
  expect(formatPath(['props', 'a.b', 'with space', 'x:y'])).toBe('props["a.b"]["with space"]["x:y"]');
  expect(formatPath([' '])).toBe('[" "]');
  expect(formatPath([])).toBe('');
});
