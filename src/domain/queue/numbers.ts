// Ticket numbers: the prefix and the number padded to the width of the range's end, so a
// category numbered 1–999 shows A001 and one numbered 1–9999 shows A0001.

export function numberWidth(rangeEnd: number): number {
  return Math.max(3, String(rangeEnd).length);
}

export function formatTicketNumber(prefix: string, seq: number, rangeEnd = 999): string {
  return `${prefix}${String(seq).padStart(numberWidth(rangeEnd), '0')}`;
}

export type NextNumber = { ok: true; seq: number } | { ok: false; reason: 'range' | 'quota' };

/**
 * The number after `lastSeq` (the last one issued today in this category; undefined before
 * the first). The counter only moves up, so a number is never issued twice in a day even
 * when the manager moves the range mid-day; `issued` is how many tickets exist today.
 */
export function nextNumber(
  lastSeq: number | undefined,
  issued: number,
  rules: { rangeStart: number; rangeEnd: number; dailyQuota: number },
): NextNumber {
  if (issued >= rules.dailyQuota) return { ok: false, reason: 'quota' };
  const seq = lastSeq === undefined ? rules.rangeStart : Math.max(lastSeq + 1, rules.rangeStart);
  if (seq > rules.rangeEnd) return { ok: false, reason: 'range' };
  return { ok: true, seq };
}
