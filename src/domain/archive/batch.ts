// The monthly archive batch (每月按时上交档案): which month a run covers, the case files it
// takes, and the 档号 each package gets.
import { retentionPeriods, type RetentionPeriod } from '../catalog/code-tables.ts';

export type Month = `${number}-${number}`;

export const isMonth = (s: string): s is Month => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/** The month before the one `today` (YYYY-MM-DD) falls in: what the run on the 1st archives. */
export function previousMonth(today: string): Month {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return (m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`) as Month;
}

/** The first day of the month after `month`: a batch takes the cases that ended before it (Asia/Shanghai). */
export function monthEnd(month: Month): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** A month not yet over cannot be archived: its cases may still end. */
export function monthIsOver(month: Month, today: string): boolean {
  return monthEnd(month) <= today;
}

/**
 * 档号: 全宗号-年月-保管期限代码-件号. The 件号 counts within one batch (one center's month) and
 * one retention period, so two batches never compete for a number (DA/T 22 numbers by year;
 * the month in the code keeps that order and makes the batch the unit of numbering).
 */
export function archiveCode(fonds: string, month: Month, retention: RetentionPeriod, itemNo: number): string {
  return `${fonds}-${month.replace('-', '')}-${retentionPeriods[retention].code}-${String(itemNo).padStart(4, '0')}`;
}

/** States a case file may be archived from (the states table's `archive` rows). */
export const archivableStates = ['concluded', 'not_accepted', 'withdrawn', 'revoked', 'stopped'] as const;
