import { recordAudit } from '../../platform/audit/audit.ts';
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
  const objectType = object.type;
  const objectId = object.id;
  if (by === 'system')
    return recordAudit(tx, { actorName: '系统（预约爽约清扫）', actorRole: 'system', centerId, action, objectType, objectId, summary });
  const staff = 'actor' in by ? by.actor : undefined;
  return recordAudit(tx, {
    actorId: staff?.staffId ?? null,
    actorName: staff?.name ?? visitorNames[(by as Visitor).channel],
    actorRole: staff?.roles.join(',') ?? 'visitor',
    centerId,
    action,
    objectType,
    objectId,
    ip: by.ip,
    summary,
  });
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
