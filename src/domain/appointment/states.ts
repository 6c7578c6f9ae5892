// The life of an appointment as data: one row per allowed (state, action, actor) with the
// state it leads to and why. The server refuses whatever is not in this table.

export const appointmentStates = ['booked', 'checked_in', 'cancelled', 'no_show'] as const;
export type AppointmentState = (typeof appointmentStates)[number];

export const appointmentActions = ['check_in', 'cancel', 'no_show'] as const;
export type AppointmentAction = (typeof appointmentActions)[number];

/** visitor: the person who booked (portal, kiosk); staff: the hall's manager; system: the no-show sweep. */
export type AppointmentActor = 'visitor' | 'staff' | 'system';

export const appointmentStateInfo = {
  booked: { active: true, zh: '已预约' },
  checked_in: { active: true, zh: '已签到' },
  cancelled: { active: false, zh: '已取消' },
  no_show: { active: false, zh: '爽约' },
} as const satisfies Record<AppointmentState, { active: boolean; zh: string }>;

export interface AppointmentTransition {
  from: AppointmentState;
  action: AppointmentAction;
  by: readonly AppointmentActor[];
  to: AppointmentState;
  why: string;
}

export const appointmentTransitions = [
  {
    from: 'booked',
    action: 'check_in',
    by: ['visitor', 'staff'],
    to: 'checked_in',
    why: 'the visitor arrived within the check-in window: a priority ticket is issued',
  },
  {
    from: 'booked',
    action: 'cancel',
    by: ['visitor', 'staff'],
    to: 'cancelled',
    why: 'plans changed; before the cut-off only, and the slot is released after a delay',
  },
  {
    from: 'booked',
    action: 'no_show',
    by: ['system'],
    to: 'no_show',
    why: 'the check-in window ended without a check-in (爽约): counts towards the booking ban',
  },
] as const satisfies readonly AppointmentTransition[];

export function nextAppointmentState(
  from: AppointmentState,
  action: AppointmentAction,
  by: AppointmentActor,
): AppointmentState | undefined {
  const t = (appointmentTransitions as readonly AppointmentTransition[]).find(
    (x) => x.from === from && x.action === action && x.by.includes(by),
  );
  return t?.to;
}

export function appointmentActionsFor(state: AppointmentState, by: AppointmentActor): AppointmentAction[] {
  return (appointmentTransitions as readonly AppointmentTransition[])
    .filter((t) => t.from === state && t.by.includes(by))
    .map((t) => t.action);
}

/** States that hold the person's one booking of the day. */
export const activeAppointmentStates: readonly AppointmentState[] = appointmentStates.filter((s) => appointmentStateInfo[s].active);
