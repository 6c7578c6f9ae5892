import { auditBy } from '../../platform/audit/audit.ts';
import type { Db } from '../../platform/db/types.ts';
import type { Who } from '../org/index.ts';
import { insertAppointmentEvent } from './appointment.queries.ts';

/** A visitor has no account: the audit row names the channel and the address. */
export interface Visitor {
  ip: string;
  channel: 'online' | 'kiosk';
}

export type AppointmentBy = Who | Visitor | 'system';

const visitorNames = { online: '群众（网上预约）', kiosk: '群众（自助机签到）' } as const;

/** The audit row of an appointment write. Summaries never carry the ID card or the phone number. */
export function auditAppointment(
  tx: Db,
  by: AppointmentBy,
  action: string,
  object: { type: 'appointment' | 'center'; id: string },
  centerId: string,
  summary: unknown,
) {
  const who =
    by === 'system'
      ? { systemLabel: '系统（预约定时任务：爽约清扫、提醒短信）' }
      : 'actor' in by
        ? by
        : { ip: by.ip, visitorLabel: visitorNames[by.channel] };
  return auditBy(tx, who, { centerId, action, objectType: object.type, objectId: object.id, summary });
}

export function actorKind(by: AppointmentBy): 'visitor' | 'staff' | 'system' {
  return by === 'system' ? 'system' : 'actor' in by ? 'staff' : 'visitor';
}

export async function appendEvent(
  tx: Db,
  e: {
    appointmentId: string;
    centerId: string;
    at: Date;
    action: string;
    fromState: string | null;
    toState: string;
    by: AppointmentBy;
    detail?: unknown;
  },
) {
  await insertAppointmentEvent(tx, {
    appointmentId: e.appointmentId,
    centerId: e.centerId,
    at: e.at,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actor: actorKind(e.by),
    detail: (e.detail ?? null) as never,
  });
}
