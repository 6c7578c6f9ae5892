// Reading the clock ledger of a case (SPEC §3) from its append-only action history: pause.start
// and pause.end record the day they happened, extension.approve the approved extension. The
// ledger's rules and the due dates it gives live in ledger.ts (the clocks' domain); this file
// only turns the recorded actions into that ledger, so nothing about a due date is typed in.
import type { IsoDate } from '../calendar/index.ts';
import type { PauseKind } from '../clock/index.ts';
import type { ClockLedger, LedgerExtension, LedgerPause } from './ledger.ts';

/** How long the special procedure is expected to take, as told to the applicant (§45). */
export interface TimeNeeded {
  amount: number;
  unit: 'workday' | 'naturalDay';
}

/** What a ledger action stores with itself (the `ledger` part of its recorded input). */
export type LedgerRecord =
  | { pause: { kind: PauseKind; reason: string; timeNeeded: TimeNeeded; from: IsoDate } }
  | { pauseEnd: { to: IsoDate } }
  | { extension: LedgerExtension };

/** One history entry as the ledger reads it (oldest first). */
export interface LedgerEntry {
  action: string;
  ledger?: LedgerRecord | null | undefined;
}

/**
 * The pauses and the extension of a history. A pause.end closes the latest open pause; entries
 * without a ledger record (older actions, other actions) are skipped.
 */
export function ledgerOf(history: readonly LedgerEntry[]): ClockLedger {
  const pauses: LedgerPause[] = [];
  let extension: LedgerExtension | null = null;
  for (const h of history) {
    const l = h.ledger;
    if (!l) continue;
    if ('pause' in l) pauses.push({ from: l.pause.from, reason: l.pause.reason, kind: l.pause.kind });
    else if ('pauseEnd' in l) {
      const open = pauses.findLastIndex((p) => p.to === undefined);
      if (open >= 0) pauses[open] = { ...pauses[open]!, to: l.pauseEnd.to };
    } else if ('extension' in l) extension = l.extension;
  }
  return { pauses, extension };
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

/** 15个工作日 / 30日 */
export function timeNeededText(t: TimeNeeded): string {
  return t.unit === 'workday' ? `${t.amount}个工作日` : `${t.amount}日`;
}
