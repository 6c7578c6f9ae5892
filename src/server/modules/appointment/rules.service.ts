import { ruleProblems, type AppointmentRules } from '../../../domain/appointment/index.ts';
import { DomainError } from '../../../domain/errors/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { assertCenterInScope, diffFields, type Who } from '../org/index.ts';
import { findRules, upsertRules } from './appointment.queries.ts';
import { auditAppointment } from './appointment.events.ts';
import { bookableCategories, publicCenterOrThrow, rulesOf, rulesOfRow } from './hall.context.ts';

export async function getRules(db: Db, who: Who, centerId: string): Promise<AppointmentRules> {
  await assertCenterInScope(db, who.actor, centerId);
  return rulesOf(db, centerId);
}

/** Replaces the hall's rules; a rule the input leaves out (the reminder, for older clients) keeps its value. */
export async function updateRules(db: Db, who: Who, centerId: string, patch: Partial<AppointmentRules>): Promise<AppointmentRules> {
  return db.transaction(async (tx) => {
    await assertCenterInScope(tx, who.actor, centerId);
    const before = rulesOfRow(await findRules(tx, centerId));
    const input: AppointmentRules = { ...before, ...patch };
    const problems = ruleProblems(input);
    if (problems.length)
      throw new DomainError(problems.includes('daysAhead') ? 'APPOINTMENT_INVALID_RULES' : 'VALIDATION_FAILED', { problems });
    await upsertRules(tx, { centerId, ...input, updatedBy: who.actor.username });
    await auditAppointment(
      tx,
      who,
      'appointment.rules.update',
      { type: 'center', id: centerId },
      centerId,
      diffFields({ ...before }, { ...input }),
    );
    return { ...input };
  });
}

/** What the portal needs before a booking: whether the hall takes appointments, its rules, and what can be booked. */
export async function appointmentOptions(db: Db, centerId: string) {
  await publicCenterOrThrow(db, centerId);
  const rules = await rulesOf(db, centerId);
  const categories = rules.enabled ? await bookableCategories(db, centerId) : [];
  return {
    enabled: rules.enabled,
    rules: {
      minDaysAhead: rules.minDaysAhead,
      maxDaysAhead: rules.maxDaysAhead,
      slotMinutes: rules.slotMinutes,
      cancelCutoffMinutes: rules.cancelCutoffMinutes,
      checkInEarlyMinutes: rules.checkInEarlyMinutes,
      checkInLateMinutes: rules.checkInLateMinutes,
      // The portal tells the visitor whether (and when) a reminder will come.
      reminderTime: rules.reminderEnabled ? rules.reminderTime : null,
    },
    categories: categories.map(({ category: c }) => ({
      id: c.id,
      prefix: c.prefix,
      name: c.name,
      description: c.description,
      icon: c.icon,
    })),
  };
}
