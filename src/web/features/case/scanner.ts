// A handheld barcode scanner is a keyboard that types very fast and ends with Enter. The
// workbench listens for that anywhere (not only in the lists' search box): keys that arrive
// in one quick burst and end with Enter are a scan; a person typing is far slower, so their
// keys never collect into one. What the burst spells is offered as a case number only if it
// parses as one (parseCaseNumber), so an Enter in a form is never taken for a scan.
import { parseCaseNumber } from '../../../domain/case/numbering.ts';

export interface ScanDetectorOptions {
  /**
   * Longest pause between two keys of one scan. Scanners type in a few ms per key; a busy
   * browser may stretch that, so the bound is generous: a person keeping under it for a whole
   * case number and Enter typed that case number anyway.
   */
  maxGapMs?: number;
  /** Shortest scan worth reading (a case number is far longer). */
  minLength?: number;
}

/** Feed every key with its time; returns the scanned text when a burst ends with Enter. */
export function createScanDetector(opts: ScanDetectorOptions = {}) {
  const maxGap = opts.maxGapMs ?? 100;
  const minLength = opts.minLength ?? 8;
  let buffer = '';
  let last = -Infinity;
  return {
    key(key: string, at: number): string | null {
      const gap = at - last;
      last = at;
      if (gap > maxGap) buffer = '';
      if (key === 'Enter') {
        const text = buffer;
        buffer = '';
        return text.length >= minLength ? text : null;
      }
      if (key.length === 1) buffer += key;
      else if (key !== 'Shift') buffer = ''; // arrows, Tab, Backspace: a person at work
      return null;
    },
  };
}

/** The case number a scan spells, or null when it is something else. */
export function scannedCaseNumber(text: string): string | null {
  const trimmed = text.trim();
  return parseCaseNumber(trimmed) ? trimmed : null;
}
