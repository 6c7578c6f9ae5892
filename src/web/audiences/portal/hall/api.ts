// The portal's calls to the public appointment API (src/server/modules/appointment): no sign-in.
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../../api/client.ts';
import { hallKey } from '../../../features/hall/index.ts';
import type { AppointmentState } from '../../../../domain/appointment/index.ts';
import type { AppointmentOptions, AppointmentPublic, SlotList } from '../../../../contract/appointment.ts';
import type { Json } from '../../../../contract/common.ts';

export type { AppointmentPublic, AppointmentState };
export type { AppointmentOptions, Slot, SlotDay } from '../../../../contract/appointment.ts';

export interface BookingInput {
  categoryId: string;
  date: string;
  start: string;
  name: string;
  idCard: string;
  phone: string;
}

/** A 4xx will not get better by asking again; a network blip or a 5xx might. */
const retry = (n: number, err: unknown) => n < 2 && !(err instanceof ApiError && err.status < 500);

export function useAppointmentOptions(centerId: string) {
  return useQuery({
    queryKey: [...hallKey(centerId), 'appointment-options'],
    queryFn: () => api<AppointmentOptions>(`/hall/${centerId}/appointment-options`),
    staleTime: 60_000,
    retry,
  });
}

/** Free places per slot, read again every half minute while the visitor chooses. */
export function useAppointmentSlots(centerId: string, categoryId: string | undefined) {
  return useQuery({
    queryKey: [...hallKey(centerId), 'appointment-slots', categoryId],
    queryFn: () => api<Json<typeof SlotList>>(`/hall/${centerId}/appointment-slots`, { query: { categoryId } }),
    enabled: !!categoryId,
    refetchInterval: 30_000,
    retry,
  });
}

export function useAppointment(centerId: string, id: string, code: string) {
  return useQuery({
    queryKey: [...hallKey(centerId), 'appointment', id, code],
    queryFn: () => api<AppointmentPublic>(`/hall/${centerId}/appointments/${id}`, { query: { code } }),
    retry,
  });
}

export function bookAppointment(centerId: string, body: BookingInput): Promise<AppointmentPublic> {
  return api<AppointmentPublic>(`/hall/${centerId}/appointments`, { body });
}

/** POST, so the ID number stays out of addresses and logs. */
export function lookupAppointments(centerId: string, body: { idCard: string; phone: string }) {
  return api<{ items: AppointmentPublic[] }>(`/hall/${centerId}/appointments/lookup`, { body });
}

export function cancelAppointment(centerId: string, id: string, code: string): Promise<AppointmentPublic> {
  return api<AppointmentPublic>(`/hall/${centerId}/appointments/${id}/cancel`, { body: { code } });
}
