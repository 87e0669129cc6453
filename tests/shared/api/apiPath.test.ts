import { describe, expect, it } from 'vitest';
import { apiPath } from '../../../shared/api/apiPath.ts';
import { apiUrl, queryString } from '../../../shared/api/callApi.ts';
import { readErrorBody } from '../../../shared/api/errorBody.ts';
import { getUserState, publishRelease } from '../../../shared/api/routes.ts';

describe('building request URLs from the contract', () => {
  it('fills each :name of a path, URI-encoded, so an id with / or ? stays one segment', () => {
    expect(apiPath(getUserState.path, { publicKey: 'wm_pk_a', userId: 'a/b?c d' })).toBe('/v1/p/wm_pk_a/users/a%2Fb%3Fc%20d/state');
    expect(apiPath(publishRelease.path, {})).toBe('/v1/admin/releases');
  });

  it('keeps a server\'s path prefix and drops its trailing slashes; the query string holds only defined values', () => {
    expect(apiUrl('https://x.test/waymark//', 'getRelease', { version: 3 })).toBe('https://x.test/waymark/v1/admin/releases/3');
    expect(apiUrl('https://x.test', 'listEvents', undefined, { since: 0, limit: 10, cursor: undefined })).toBe('https://x.test/v1/admin/events?since=0&limit=10');
    expect(queryString({ flowId: 'a&b=c' })).toBe('?flowId=a%26b%3Dc');
    expect(queryString({})).toBe('');
  });
});

describe('reading an error body', () => {
  it('takes the server\'s code, message and path, and nothing from a body that is not one', () => {
    expect(readErrorBody({ error: { code: 'invalid_body', message: 'events[2].ts: required', path: 'events[2].ts' } })?.path).toBe('events[2].ts');
    expect(readErrorBody('<html>502 Bad Gateway</html>')).toBeUndefined();
    expect(readErrorBody(null)).toBeUndefined();
    expect(readErrorBody({ error: 'nope' })).toBeUndefined();
  });
});
