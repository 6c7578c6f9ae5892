// The clock ledger of a case (SPEC §3): its §45 pauses and its §42 extension, read from the
// append-only action history. Nothing about a due date is typed in: pause.start and pause.end
// record the day they happened, extension.approve records the working days the law allows,
// and the due dates are derived from these entries by src/domain/clock.
import { PAUSE_KINDS, type ClockExtension, type ClockPause, type PauseKind } from '../clock/index.ts';
import type { IsoDate } from '../calendar/index.ts';
import type { CaseType } from '../catalog/code-tables.ts';

export { PAUSE_KINDS, type PauseKind };

/** 行政许可法 §42: +10 working days, joint (联办) cases +15. */
export const EXTENSION_WORKDAYS = { standard: 10, joint: 15 } as const;

export function extensionWorkdays(caseType: CaseType | string): number {
  return caseType === 'joint' ? EXTENSION_WORKDAYS.joint : EXTENSION_WORKDAYS.standard;
}

/** How long the special procedure is expected to take, as told to the applicant (§45). */
export interface TimeNeeded {
  amount: number;
  unit: 'workday' | 'naturalDay';
}

/** What a ledger action stores with itself (the `ledger` part of its recorded input). */
export type LedgerRecord =
  | { pause: { kind: PauseKind; reason: string; timeNeeded: TimeNeeded; from: IsoDate } }
  | { pauseEnd: { to: IsoDate } }
  | { extension: { amount: number; reason: string; approver: string; on: IsoDate } };

/** One history entry as the ledger reads it (oldest first). */
export interface LedgerEntry {
  action: string;
  ledger?: LedgerRecord | null | undefined;
}

export interface CaseLedger {
  pauses: ClockPause[];
  extensions: ClockExtension[];
}

/**
 * The pauses and extensions of a history. A pause.end closes the latest open pause; entries
 * without a ledger record (older actions, other actions) are skipped.
 */
export function ledgerOf(history: readonly LedgerEntry[]): CaseLedger {
  const pauses: ClockPause[] = [];
  const extensions: ClockExtension[] = [];
  for (const h of history) {
    const l = h.ledger;
    if (!l) continue;
    if ('pause' in l) pauses.push({ from: l.pause.from, reason: l.pause.reason, kind: l.pause.kind });
    else if ('pauseEnd' in l) {
      const open = pauses.findLast((p) => p.to === undefined);
      if (open) open.to = l.pauseEnd.to;
    } else if ('extension' in l) {
      extensions.push({ amount: l.extension.amount, unit: 'workday', approver: l.extension.approver, reason: l.extension.reason });
    }
  }
  return { pauses, extensions };
}

export const pauseKindLabels = {
  hearing: { zh: '听证', en: 'Hearing' },
  tender: { zh: '招标', en: 'Tender' },
  auction: { zh: '拍卖', en: 'Auction' },
  inspection: { zh: '检验', en: 'Inspection' },
  testing: { zh: '检测', en: 'Testing' },
  quarantine: { zh: '检疫', en: 'Quarantine' },
  appraisal: { zh: '鉴定', en: 'Appraisal' },
  expertReview: { zh: '专家评审', en: 'Expert review' },
  other: { zh: '其他法定程序', en: 'Other statutory procedure' },
} as const satisfies Record<PauseKind, { zh: string; en: string }>;

/** 约 15 个工作日 / 约 30 日 */
export function timeNeededText(t: TimeNeeded): string {
  return t.unit === 'workday' ? `${t.amount}个工作日` : `${t.amount}日`;
}
