// Masking for lists, logs and exports (个人信息保护法: show no more than staff need to recognise a
// record). Functions never throw: they are called on whatever ends up in a log line.
import { validateIdCard } from './id-card.ts';
import { validateUscc } from './uscc.ts';

function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  // Too short to keep both ends without revealing (nearly) everything: hide all of it.
  if (chars.length <= keepStart + keepEnd) return '*'.repeat(chars.length);
  const hidden = chars.length - keepStart - keepEnd;
  return chars.slice(0, keepStart).join('') + '*'.repeat(hidden) + chars.slice(-keepEnd).join('');
}

export function maskMobile(value: string): string {
  return maskMiddle(value, 3, 4);
}

export function maskIdCard(value: string): string {
  return maskMiddle(value, 6, 4);
}

export function maskName(name: string): string {
  // Array.from so that surname characters outside the BMP (e.g. 𠮷) stay whole.
  const chars = Array.from(name);
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

// Bounded by ASCII letters/digits (not \b, which treats _ as a word char and would miss
// "id_13812341234"), so digit runs inside longer numbers, hex trace ids or USCCs stay intact.
const ID_LIKE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
// Optional +86 / 0086 / 86 prefix, otherwise "8613812341234" would be one 13-digit run and leak;
// the backreference accepts 138 1234 1234 and 138-1234-1234 with a consistent separator.
const MOBILE_LIKE =
  /(?<![0-9A-Za-z])((?:\+|00)?86[- ]?)?(1[3-9]\d)([- ]?)(\d{4})\3(\d{4})(?![0-9A-Za-z])/g;

function shouldMaskIdLike(candidate: string): boolean {
  const result = validateIdCard(candidate);
  if (result.ok) return true;
  // A wrong check char with a real birth date is most likely a mistyped ID: hide it too, unless the
  // string is in fact an all-digit USCC (e.g. 911100001000044477). An impossible birth date means
  // an unrelated 18-digit number such as an order or snowflake id.
  return result.reason === 'checksum' && !validateUscc(candidate).ok;
}

export function maskPersonalText(text: string): string {
  return text
    .replace(ID_LIKE, (m) => (shouldMaskIdLike(m) ? maskIdCard(m) : m))
    .replace(
      MOBILE_LIKE,
      (_m, prefix: string | undefined, head: string, sep: string, _mid: string, tail: string) =>
        `${prefix ?? ''}${head}${sep}****${sep}${tail}`,
    );
}
