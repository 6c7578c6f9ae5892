import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookies } from 'better-call';

export interface SessionCookieNames {
  /** better-auth's signed session token cookie. */
  token: string;
  /** better-auth's cookie cache; we keep it off, so better-auth clears one that turns up. */
  data: string;
}

/**
 * The session token of a Cookie header, when its signature is better-auth's (HMAC-SHA-256 of
 * the token under the auth secret, base64, after a dot: better-call's signed cookie). Parsed
 * and checked the way better-call does, so a cookie better-auth would refuse is refused here.
 * `stale` is set when a cookie-cache cookie came along: only better-auth may answer that
 * request, since it must send the header that clears it.
 */
export function readSessionCookie(
  cookieHeader: string | undefined,
  names: SessionCookieNames,
  secret: string,
): { token?: string; stale: boolean } {
  if (!cookieHeader) return { stale: false };
  const cookies = parseCookies(cookieHeader);
  const stale = [...cookies.keys()].some((name) => name === names.data || name.startsWith(`${names.data}.`));
  const value = cookies.get(names.token);
  if (!value) return { stale };
  const dot = value.lastIndexOf('.');
  if (dot < 1) return { stale };
  const token = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(token).digest('base64'));
  const signed = signature.length === expected.length && timingSafeEqual(signature, expected);
  return signed ? { token, stale } : { stale };
}
