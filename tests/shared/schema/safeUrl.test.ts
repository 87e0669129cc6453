import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../shared/schema/safeUrl.ts';

describe('isSafeUrl', () => {
  it.each(['/integrations', 'settings#changelog', '?tab=1', 'https://chatly.example/docs', 'http://x.test', 'mailto:help@chatly.example', '//cdn.example/x.png'])(
    'allows %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
    '\u0000javascript:alert(1)', 'vbscript:msgbox(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', '',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false));
});
