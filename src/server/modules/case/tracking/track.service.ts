// 办件查询 for the public: case number plus the applicant's phone. The answer is the stage,
// the due date and the notices, nothing more; a wrong phone and an unknown number answer
// the same way, so the route tells a guesser nothing.
import { timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TrackResult } from '../../../../contract/case.ts';
import { caseStateInfo, noticeKindInfo } from '../../../../domain/case/index.ts';
import type { Db } from '../../../platform/db/types.ts';
import { findCase, noticesOf } from '../case.queries.ts';
import { escalationOfOrigin } from '../escalation/escalation.queries.ts';
import { caseRecords } from '../case.schema.ts';

type TrackData = Omit<TrackResult, 'notices'> & { notices: { kind: TrackResult['notices'][number]['kind']; title: string; number: string; issuedAt: Date }[] };

const notFound: TrackData = { found: false, stage: null, itemName: null, promisedDue: null, notices: [] };

function samePhone(a: string, b: string): boolean {
  const x = Buffer.from(a.replace(/\D/g, ''));
  const y = Buffer.from(b.replace(/\D/g, ''));
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export async function trackCase(db: Db, number: string, phone: string): Promise<TrackData> {
  const [row] = await db
    .select({ id: caseRecords.id, state: caseRecords.state, itemName: caseRecords.itemName, promisedDue: caseRecords.promisedDue, phone: caseRecords.applicantPhone })
    .from(caseRecords)
    .where(eq(caseRecords.number, number.trim()))
    .limit(1);
  if (!row || !samePhone(row.phone, phone)) return notFound;
  // 上报件 (decision 0035): the applicant follows the number given at the window of origin; the
  // decision above and its notices show there too, and while it is above, its promised date.
  const link = await escalationOfOrigin(db, row.id);
  const upper = link ? await findCase(db, link.upperCaseId) : undefined;
  const notices = [...(await noticesOf(db, row.id)), ...(upper ? await noticesOf(db, upper.id) : [])];
  const info = caseStateInfo[row.state];
  return {
    found: true,
    stage: { state: row.state, zh: info.zh, en: info.en },
    itemName: row.itemName,
    promisedDue: row.state === 'escalated' && upper ? upper.promisedDue : row.promisedDue,
    notices: notices.map((n) => ({ kind: n.kind, title: noticeKindInfo[n.kind].title, number: n.number, issuedAt: n.issuedAt })),
  };
}
