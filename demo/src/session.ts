/** The demo's sign-in: a flag in localStorage, enough to put a page behind a login for `waymark check`. */
const KEY = 'chatly-demo-signed-in';

/** Any email works; the password is printed on the sign-in page. */
export const DEMO_PASSWORD = 'chatly-demo';

export function signedInAs(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function signIn(email: string): void {
  localStorage.setItem(KEY, email);
}
