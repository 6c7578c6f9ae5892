import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from '../../../domain/case/numbering.ts';
import { createScanDetector, scannedCaseNumber } from './scanner.ts';

const typeAt = (d: ReturnType<typeof createScanDetector>, text: string, start: number, gap: number) => {
  let out: string | null = null;
  [...text, 'Enter'].forEach((k, i) => (out = d.key(k, start + i * gap) ?? out));
  return out;
};

describe('the barcode scanner detector', () => {
  it('reads a fast burst ending with Enter, wherever the keys went', () => {
    expect(typeAt(createScanDetector(), '11610429MB1234567X202612060001', 0, 8)).toBe('11610429MB1234567X202612060001');
  });
  it('ignores a person typing at human speed, and a short burst', () => {
    expect(typeAt(createScanDetector(), '11610429MB1234567X202612060001', 0, 180)).toBeNull();
    expect(typeAt(createScanDetector(), 'abc', 0, 5)).toBeNull();
  });
  it('starts over after a pause: slow keys before the burst are not part of it', () => {
    const d = createScanDetector();
    d.key('x', 0);
    d.key('y', 300);
    expect(typeAt(d, 'ABCDEFGHIJ', 1000, 10)).toBe('ABCDEFGHIJ');
  });
  it('offers only what parses as a case number', () => {
    const made = formatCaseNumber({ code: '11610429MB1234567X3000112001000', date: '2026-12-06', serial: 12 });
    if (!made.ok) throw new Error(made.reason);
    expect(scannedCaseNumber(` ${made.value} `)).toBe(made.value);
    expect(scannedCaseNumber('hello world 12345')).toBeNull();
  });
});
