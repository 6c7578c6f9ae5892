import type { AppointmentState } from './states.ts';

// What the API answers about a booking: one shape for the server that builds it and the
// screens (portal, kiosk, console) that show it.

/** One booking as a visitor sees it: name, ID and phone masked; the check-in code in full (it is the visitor's own). */
export interface AppointmentPublic {
  id: string;
  centerId: string;
  centerName: string;
  categoryId: string;
  categoryName: string;
  date: string;
  start: string;
  end: string;
  name: string;
  idCardMasked: string;
  phoneMasked: string;
  state: AppointmentState;
  code: string;
  /** ISO timestamp: the last moment the visitor may cancel. */
  cancelDeadline: string;
  ticketId: string | null;
  ticketNumber: string | null;
  createdAt: string;
}
