import type { NotificationEvent } from '../types.ts';

/** 排队叫号 (src/server/modules/queue): the first call of a ticket, in the words the display speaks. */
export const queueEvents = {
  'ticket.called': {
    label: { zh: '叫号', en: 'Ticket called' },
    group: 'queue',
    variables: { centerName: '城关区政务服务中心', ticketNo: 'A012', windowName: '3号窗口', callText: '请A012号到3号窗口办理' },
    templates: {
      zh: { subject: '请到{windowName}办理', body: '【{centerName}】{callText}' },
      en: { subject: 'Please go to {windowName}', body: '[{centerName}] Ticket {ticketNo}, please go to {windowName}.' },
    },
  },
} as const satisfies Record<string, NotificationEvent>;
