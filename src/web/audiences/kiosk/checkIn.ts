import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../../api/client.ts';
import { hallKey } from '../../features/hall/index.ts';
import type { CheckInResult } from '../../../contract/appointment.ts';

// Appointment check-in at the kiosk (POST /hall/:centerId/appointments/check-in, public).

export type CheckInBody = { code: string } | { idCard: string } | { phone: string };

export type { CheckInResult };

export function checkInAppointment(centerId: string, body: CheckInBody): Promise<CheckInResult> {
  return api<CheckInResult>(`/hall/${centerId}/appointments/check-in`, { body });
}

/** Whether the hall takes appointments: the kiosk offers 预约签到 only then. */
export function useAppointmentsEnabled(centerId: string) {
  return useQuery({
    queryKey: [...hallKey(centerId), 'appointment-options'],
    queryFn: () => api<{ enabled: boolean }>(`/hall/${centerId}/appointment-options`),
    select: (r) => r.enabled,
    refetchInterval: 300_000,
    retry: (n, err) => n < 2 && !(err instanceof ApiError && err.status < 500),
  });
}

const APPOINTMENT_URL = /\/appointment\/[^/?#\s]+\/[^/?#\s]+\?(?:[^#\s]*&)?code=[A-Za-z0-9]+/;

/**
 * What a barcode or QR scanner typed, as a check-in request. The booking's QR code holds its
 * page address, sent whole (the server checks the hall and the id in it); a bare booking code
 * is upper-cased (a scanner with Caps Lock on types it in lower case). An ID or mobile number
 * read by a scanner is also understood. Undefined for nothing at all.
 */
export function parseScan(raw: string): CheckInBody | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  if (APPOINTMENT_URL.test(text)) return { code: text };
  const bare = text.replace(/\s+/g, '').toUpperCase();
  if (/^\d{17}[\dX]$/.test(bare)) return { idCard: bare };
  if (/^1[3-9]\d{9}$/.test(bare)) return { phone: bare };
  return { code: bare };
}
