// The check-in code (预约码): printed under the QR code and read out at the kiosk. Eight
// characters from an alphabet without look-alikes (0/O, 1/I), 32 symbols: 40 bits, so a
// guessed code matches one of a hall's bookings with odds far below one in a million.

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
const CODE = /^[A-HJ-NP-Z2-9]{8}$/;

export type RandomBytes = (n: number) => Uint8Array;

const webRandom: RandomBytes = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** 32 symbols = 5 bits: `byte & 31` picks one without bias. */
export function generateCheckInCode(random: RandomBytes = webRandom): string {
  return Array.from(random(CODE_LENGTH), (b) => CODE_ALPHABET[b & 31]).join('');
}

export function isCheckInCode(text: string): boolean {
  return CODE.test(text);
}

export interface ScannedCode {
  code: string;
  /** Present when a whole link was scanned: …/appointment/<centerId>/<id>?code=XXXXXXXX */
  appointmentId?: string;
  centerId?: string;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const LINK_PATH = new RegExp(`/appointments?/(${UUID})/(${UUID})(?:[/?#]|$)`);

/**
 * What a kiosk's scanner or keyboard gave: the bare code (any case, spaces or dashes ignored)
 * or the link printed as the QR code. Undefined when no code can be read from it.
 */
export function parseCheckInInput(text: string): ScannedCode | undefined {
  const raw = text.trim();
  const bare = raw.replace(/[\s-]/g, '').toUpperCase();
  if (isCheckInCode(bare)) return { code: bare };
  const param = /[?&]code=([^&#\s]+)/i.exec(raw);
  if (!param) return undefined;
  const code = decodeURIComponent(param[1]!).trim().toUpperCase();
  if (!isCheckInCode(code)) return undefined;
  const path = LINK_PATH.exec(raw);
  return path ? { code, centerId: path[1]!.toLowerCase(), appointmentId: path[2]!.toLowerCase() } : { code };
}
