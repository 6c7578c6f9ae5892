import { serializeSignedCookie } from 'better-call';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSessionCookie } from './session-cookie.ts';

// The guard's fast path reads the session cookie itself; it must accept exactly the cookies
// better-auth's signer (better-call) writes, and nothing else.
const names = { token: 'better-auth.session_token', data: 'better-auth.session_data' };
const secret = 'a-test-secret-of-some-length';

/** The Cookie header a browser sends back for better-call's Set-Cookie. */
async function signed(token: string, key = secret, name = names.token) {
  return (await serializeSignedCookie(name, token, key)).split(';')[0]!;
}

describe('readSessionCookie', () => {
  it('reads back every token better-call signed, beside other cookies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 64 }), async (token) => {
        const header = `lang=zh; ${await signed(token)}; theme=dark`;
        expect(readSessionCookie(header, names, secret)).toEqual({ token, stale: false });
      }),
    );
  });

  it('refuses a token signed with another secret, or with any one character of its signature changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9]{32}$/), fc.nat(43), async (token, at) => {
        expect(readSessionCookie(await signed(token, 'another-secret'), names, secret).token).toBeUndefined();
        const value = decodeURIComponent((await signed(token)).split('=').slice(1).join('='));
        const sig = value.slice(value.lastIndexOf('.') + 1);
        const changed = sig.slice(0, at) + (sig[at] === 'A' ? 'B' : 'A') + sig.slice(at + 1);
        const forged = `${names.token}=${encodeURIComponent(`${token}.${changed}`)}`;
        expect(readSessionCookie(forged, names, secret).token).toBeUndefined();
      }),
    );
  });

  it('refuses a moved token, an unsigned one and a missing cookie', async () => {
    const value = decodeURIComponent((await signed('tokenA')).split('=').slice(1).join('='));
    const sig = value.slice(value.lastIndexOf('.') + 1);
    expect(readSessionCookie(`${names.token}=${encodeURIComponent(`tokenB.${sig}`)}`, names, secret).token).toBeUndefined();
    expect(readSessionCookie(`${names.token}=tokenA`, names, secret).token).toBeUndefined();
    expect(readSessionCookie('lang=zh', names, secret)).toEqual({ stale: false });
    expect(readSessionCookie(undefined, names, secret)).toEqual({ stale: false });
  });

  it('marks a request carrying a session-cache cookie, whole or in chunks, as stale', async () => {
    const token = await signed('tokenA');
    expect(readSessionCookie(`${token}; ${names.data}=x`, names, secret)).toEqual({ token: 'tokenA', stale: true });
    expect(readSessionCookie(`${token}; ${names.data}.0=x`, names, secret).stale).toBe(true);
    expect(readSessionCookie(`${token}; ${names.data}_other=x`, names, secret).stale).toBe(false);
  });
});
