// Priority classes of a ticket. The rank is what call-next sorts by first (lower = sooner),
// both here (pickNext) and in the SQL of the server, which stores it on the ticket.

// 'green' is the green channel without a named class: what a ticket of a green-channel category
// (绿色通道 chosen at the kiosk) carries, since choosing that category is the request itself.
export const priorities = ['normal', 'elderly', 'disabled', 'military', 'pregnant', 'appointment', 'green'] as const;
export type Priority = (typeof priorities)[number];

/**
 * Green channel (绿色通道) before checked-in appointments before everyone else. The green
 * channel comes first because it is a duty owed to the person (无障碍环境建设法 §39, 军人
 * 优先 by 退役军人保障法); an appointment is a convenience the visitor booked. Inside a rank,
 * arrival order decides.
 */
export const priorityRank = {
  elderly: 0,
  disabled: 0,
  military: 0,
  pregnant: 0,
  green: 0,
  appointment: 1,
  normal: 2,
} as const satisfies Record<Priority, number>;

export const priorityLabels = {
  normal: { zh: '普通', en: 'Normal' },
  elderly: { zh: '老年人', en: 'Elderly' },
  disabled: { zh: '残疾人', en: 'Person with disability' },
  military: { zh: '军人', en: 'Military' },
  pregnant: { zh: '孕妇', en: 'Pregnant' },
  appointment: { zh: '预约', en: 'Appointment' },
  green: { zh: '绿色通道', en: 'Green channel' },
} as const satisfies Record<Priority, { zh: string; en: string }>;

/** The classes of the green channel (绿色通道), in the kiosk's order; a hall may offer fewer. */
export const greenChannelClasses = ['elderly', 'disabled', 'military', 'pregnant'] as const satisfies readonly Priority[];
export type GreenChannel = (typeof greenChannelClasses)[number];

export function isGreenChannel(p: Priority): boolean {
  return priorityRank[p] === 0;
}

/**
 * The priority a ticket gets: a green-channel category (绿色通道) gives every ticket the green
 * channel, keeping a class the visitor named; elsewhere the visitor's own choice.
 */
export function ticketPriority(requested: Priority, greenChannelCategory: boolean): Priority {
  if (!greenChannelCategory) return requested;
  return isGreenChannel(requested) ? requested : 'green';
}
