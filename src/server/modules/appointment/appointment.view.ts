import {
  cancelDeadline,
  formatHm,
  type AppointmentPublic,
  type AppointmentRules,
  type AppointmentState,
} from '../../../domain/appointment/index.ts';
import { maskIdCard, maskMobile, maskName } from '../../../domain/identifiers/index.ts';
import type { AppointmentRow } from './appointment.queries.ts';

/** What a visitor or a screen sees of a booking: names and numbers masked, the code in full (it is the visitor's own). */
export function publicAppointment(
  row: AppointmentRow,
  names: { centerName: string; categoryName: string },
  rules: Pick<AppointmentRules, 'cancelCutoffMinutes'>,
): AppointmentPublic {
  return {
    id: row.id,
    centerId: row.centerId,
    centerName: names.centerName,
    categoryId: row.categoryId,
    categoryName: names.categoryName,
    date: row.serviceDate,
    start: formatHm(row.startMinute),
    end: formatHm(row.endMinute),
    name: maskName(row.name),
    idCardMasked: maskIdCard(row.idCard),
    phoneMasked: maskMobile(row.phone),
    state: row.state as AppointmentState,
    code: row.code,
    cancelDeadline: cancelDeadline(row.serviceDate, row.startMinute, rules).toISOString(),
    ticketId: row.ticketId,
    ticketNumber: row.ticketNumber,
    createdAt: row.createdAt.toISOString(),
  };
}

export type { AppointmentPublic };

/** The words of an SMS about this booking. */
export function textFields(row: AppointmentRow, names: { centerName: string; categoryName: string }) {
  return {
    centerName: names.centerName,
    categoryName: names.categoryName,
    date: row.serviceDate,
    start: formatHm(row.startMinute),
    end: formatHm(row.endMinute),
    code: row.code,
    name: row.name,
  };
}
