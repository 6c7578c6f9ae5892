import { isStrongPassword } from '../../../../domain/access/index.ts';

// Without look-alikes (0/O, 1/l/I) because the administrator reads it out or writes it down.
const SETS = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '@#%&*+=?'];

/** A temporary password the server's policy accepts: 14 characters from all four classes. */
export function generatePassword(length = 14): string {
  const random = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0]! % n;
  const all = SETS.join('');
  for (;;) {
    const chars = SETS.map((s) => s[random(s.length)]!);
    while (chars.length < length) chars.push(all[random(all.length)]!);
    for (let i = chars.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    }
    const pw = chars.join('');
    if (isStrongPassword(pw)) return pw;
  }
}
