// Who may collect a result at the window (窗口领取): the applicant in person, or the agent the
// application's mandate (委托书) names. A mainland ID number is checked first (GB 11643 check
// character), so a mistyped number is told apart from a stranger's.
import { validateIdCard } from '../identifiers/index.ts';

export interface CollectorId {
  idType: '111' | '414';
  idNumber: string;
}

export interface Holder {
  idType: string;
  idNumber: string;
}

export type CollectorCheck = { ok: true; as: 'applicant' | 'agent'; idNumber: string } | { ok: false; reason: 'invalid' | 'mismatch' };

const normalize = (id: string) => id.trim().toUpperCase();

export function checkCollector(collector: CollectorId, applicant: Holder, agent: Holder | null, today: Date = new Date()): CollectorCheck {
  let idNumber = normalize(collector.idNumber);
  if (collector.idType === '111') {
    const v = validateIdCard(idNumber, today);
    if (!v.ok) return { ok: false, reason: 'invalid' };
    idNumber = v.normalized;
  } else if (!idNumber) return { ok: false, reason: 'invalid' };
  const same = (h: Holder) => h.idType === collector.idType && normalize(h.idNumber) === idNumber;
  if (same(applicant)) return { ok: true, as: 'applicant', idNumber };
  if (agent && same(agent)) return { ok: true, as: 'agent', idNumber };
  return { ok: false, reason: 'mismatch' };
}
