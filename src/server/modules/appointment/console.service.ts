import { noShowRate } from '../../../domain/appointment/index.ts';
import { addDays } from '../../../domain/calendar/index.ts';
import { hallTime } from '../../../domain/queue/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { offsetOf, type PageQuery } from '../../platform/http/pagination.ts';
import { assertCenterInScope, type Who } from '../org/index.ts';
import { appointmentFigures, listOfCenter, noShowCounts } from './appointment.queries.ts';
import type { ListQuery } from './appointment.types.ts';
import { publicAppointment } from './appointment.view.ts';
import { namesOf, rulesOf } from './hall.context.ts';
import { maskPickupCodes } from '../../../domain/case/delivery.ts';
import { listOutbox, maskRecipient } from '../notification/index.ts';
import { periodOf } from '../queue/index.ts';
import type { PeriodQuery } from '../../platform/http/dates.ts';

/** The hall's bookings for the duty desk, with each person's recent no-shows (the ones that count towards a ban). */
export async function listAppointments(db: Db, who: Who, centerId: string, q: ListQuery, now = new Date()) {
  await assertCenterInScope(db, who.actor, centerId);
  const [{ items, total }, names, rules] = await Promise.all([
    listOfCenter(db, centerId, { date: q.date, state: q.state, ...offsetOf(q) }),
    namesOf(db, centerId),
    rulesOf(db, centerId),
  ]);
  const from = addDays(hallTime(now).serviceDate, -rules.noShowWindowDays);
  const counts = await noShowCounts(
    db,
    centerId,
    items.map((r) => r.idCard),
    from,
  );
  return {
    items: items.map((r) => ({
      ...publicAppointment(r, names(r.categoryId), rules),
      noShowCount: counts.get(r.idCard) ?? 0,
      remindedAt: r.remindedAt?.toISOString() ?? null,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * 预约统计 of a period: bookings by outcome, and the no-show rate over the bookings whose
 * outcome is known (checked in or no-show), the figure a hall tunes its ban rules by.
 */
export async function appointmentStats(db: Db, who: Who, centerId: string, q: PeriodQuery, now = new Date()) {
  await assertCenterInScope(db, who.actor, centerId);
  const period = periodOf(q, now);
  const f = await appointmentFigures(db, centerId, period.from, period.to);
  return { centerId, ...period, ...f, noShowRate: noShowRate(f.checkedIn, f.noShow) };
}

/** 短信发件箱: what was (or will be) texted, numbers masked. */
export async function listNotifications(db: Db, who: Who, centerId: string, q: PageQuery) {
  await assertCenterInScope(db, who.actor, centerId);
  const { limit, offset } = offsetOf(q);
  const { items, total } = await listOutbox(db, centerId, limit, offset);
  return {
    items: items.map((m) => ({
      id: m.id,
      channel: m.channel as 'sms' | 'email' | 'inbox',
      to: maskRecipient(m.channel, m.to),
      // Codes are for the citizen's phone, not for whoever reads the outbox: a sign-in code
      // (ref 'secret:…', issue #19) and a cabinet's pickup code (issue #18) show hidden.
      text: m.ref?.startsWith('secret:') ? m.text.replace(/\d{4,8}/g, (d) => '*'.repeat(d.length)) : maskPickupCodes(m.text),
      state: m.state as 'pending' | 'sent' | 'failed',
      attempts: m.attempts,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
