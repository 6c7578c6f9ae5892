// The life of a ticket as data: one row per allowed (state, action, actor) with the state it
// leads to and why the row exists. The server refuses whatever is not in this table, and the
// workbench offers exactly the actions `actionsFor` returns.

export const ticketStates = ['waiting', 'called', 'serving', 'parked', 'transferred', 'done', 'no_show', 'cancelled', 'closed'] as const;
export type TicketState = (typeof ticketStates)[number];

export const ticketActions = ['call', 'recall', 'start', 'finish', 'no_show', 'transfer', 'park', 'resume', 'cancel', 'close_day'] as const;
export type TicketAction = (typeof ticketActions)[number];

/** window: the staff member at the window; manager: duty head or center manager; visitor: the ticket holder; system: end-of-day jobs. */
export type QueueActor = 'window' | 'manager' | 'visitor' | 'system';

export const stateInfo = {
  waiting: { open: true, callable: true, zh: '等候中' },
  called: { open: true, callable: false, zh: '已呼叫' },
  serving: { open: true, callable: false, zh: '办理中' },
  parked: { open: true, callable: false, zh: '已挂起' },
  // Waiting again, in another category's queue or for one window; it keeps its number and its
  // place by arrival time, so a visitor sent on is not put at the back of the hall.
  transferred: { open: true, callable: true, zh: '已转办' },
  done: { open: false, callable: false, zh: '已办结' },
  no_show: { open: false, callable: false, zh: '过号' },
  cancelled: { open: false, callable: false, zh: '已取消' },
  closed: { open: false, callable: false, zh: '日终关闭' },
} as const satisfies Record<TicketState, { open: boolean; callable: boolean; zh: string }>;

export interface Transition {
  from: TicketState;
  action: TicketAction;
  by: readonly QueueActor[];
  to: TicketState;
  why: string;
}

const staff = ['window', 'manager'] as const;
const openStates = ['waiting', 'called', 'serving', 'parked', 'transferred'] as const;

export const transitions = [
  { from: 'waiting', action: 'call', by: staff, to: 'called', why: 'the window takes the next visitor (or a chosen one)' },
  { from: 'transferred', action: 'call', by: staff, to: 'called', why: 'a transferred ticket waits in its new queue like any other' },
  {
    from: 'called',
    action: 'recall',
    by: staff,
    to: 'called',
    why: 'the visitor did not hear; rate-limited so the hall is not flooded with voice',
  },
  { from: 'called', action: 'start', by: staff, to: 'serving', why: 'the visitor arrived at the counter: service time starts' },
  { from: 'serving', action: 'finish', by: staff, to: 'done', why: 'service ended; the cases handled are linked to the ticket' },
  {
    from: 'called',
    action: 'finish',
    by: staff,
    to: 'done',
    why: 'many clerks never press start for a quick answer; service is then timed from the call',
  },
  { from: 'called', action: 'no_show', by: staff, to: 'no_show', why: 'called the configured number of times and nobody came (过号)' },
  {
    from: 'waiting',
    action: 'transfer',
    by: ['manager'],
    to: 'transferred',
    why: 'the duty head moves a visitor who took the wrong category',
  },
  { from: 'transferred', action: 'transfer', by: ['manager'], to: 'transferred', why: 'the duty head corrects a transfer' },
  {
    from: 'called',
    action: 'transfer',
    by: staff,
    to: 'transferred',
    why: 'the visitor needs another category or window; the number stays',
  },
  {
    from: 'serving',
    action: 'transfer',
    by: staff,
    to: 'transferred',
    why: 'the clerk often learns only from the request that another window must serve it',
  },
  {
    from: 'called',
    action: 'park',
    by: staff,
    to: 'parked',
    why: 'the visitor must fetch a missing paper; the window serves others meanwhile',
  },
  { from: 'serving', action: 'park', by: staff, to: 'parked', why: 'the visitor must fetch a paper after service started' },
  {
    from: 'parked',
    action: 'resume',
    by: staff,
    to: 'waiting',
    why: 'the visitor is back; the ticket waits for the window that parked it',
  },
  {
    from: 'waiting',
    action: 'cancel',
    by: ['visitor', 'manager'],
    to: 'cancelled',
    why: 'the visitor gave up, or the ticket was taken by mistake',
  },
  { from: 'transferred', action: 'cancel', by: ['visitor', 'manager'], to: 'cancelled', why: 'the visitor gave up while transferred' },
  ...openStates.map((from) => ({
    from,
    action: 'close_day' as const,
    by: ['manager', 'system'] as const,
    to: 'closed' as const,
    why: 'numbers belong to one day: whatever is open at closing is closed with a reason',
  })),
] as const satisfies readonly Transition[];

/** The state `action` leads to, or undefined when the table does not allow it. */
export function nextState(from: TicketState, action: TicketAction, by: QueueActor): TicketState | undefined {
  const t = (transitions as readonly Transition[]).find((x) => x.from === from && x.action === action && x.by.includes(by));
  return t?.to;
}

export function actionsFor(state: TicketState, by: QueueActor): TicketAction[] {
  return [...new Set((transitions as readonly Transition[]).filter((t) => t.from === state && t.by.includes(by)).map((t) => t.action))];
}

export const openTicketStates: readonly TicketState[] = ticketStates.filter((s) => stateInfo[s].open);
export const callableStates: readonly TicketState[] = ticketStates.filter((s) => stateInfo[s].callable);
/** States in which the ticket occupies its window: the window calls nobody else meanwhile. */
export const atWindowStates: readonly TicketState[] = ['called', 'serving'];
