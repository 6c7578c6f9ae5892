import type { NotificationEvent } from '../types.ts';

const vars = {
  centerName: '城关区政务服务中心',
  name: '张*',
  date: '2026-12-08',
  start: '09:00',
  end: '09:30',
  categoryName: '不动产登记',
  code: '384920',
};

/** 预约 (src/server/modules/appointment): booked, reminded, cancelled, missed. */
export const appointmentEvents = {
  'appointment.confirmed': {
    label: { zh: '预约成功', en: 'Appointment confirmed' },
    group: 'appointment',
    variables: vars,
    templates: {
      zh: {
        subject: '预约成功：{categoryName}',
        body: '【{centerName}】{name}，您已预约{date} {start}-{end}「{categoryName}」，预约码{code}。请携带身份证于时段开始前到大厅自助机签到取号。',
      },
      en: {
        subject: 'Appointment confirmed: {categoryName}',
        body: '[{centerName}] {name}, your appointment for "{categoryName}" on {date} {start}-{end} is booked, code {code}. Bring your ID card and check in at a hall kiosk before the slot starts.',
      },
    },
  },
  'appointment.reminder': {
    label: { zh: '预约提醒', en: 'Appointment reminder' },
    group: 'appointment',
    variables: vars,
    templates: {
      zh: { subject: '明日预约提醒', body: '【{centerName}】{name}，提醒您明天{date} {start}-{end}到大厅办理「{categoryName}」，预约码{code}。请带身份证按时签到；不能前来请提前取消。' },
      en: { subject: 'Reminder: your appointment tomorrow', body: '[{centerName}] {name}, a reminder of "{categoryName}" tomorrow {date} {start}-{end}, code {code}. Bring your ID card; cancel in advance if you cannot come.' },
    },
  },
  'appointment.cancelled': {
    label: { zh: '预约取消', en: 'Appointment cancelled' },
    group: 'appointment',
    variables: vars,
    templates: {
      zh: { subject: '预约已取消', body: '【{centerName}】{name}，您{date} {start}-{end}「{categoryName}」的预约（预约码{code}）已取消。' },
      en: { subject: 'Appointment cancelled', body: '[{centerName}] {name}, your appointment for "{categoryName}" on {date} {start}-{end} (code {code}) is cancelled.' },
    },
  },
  'appointment.no-show': {
    label: { zh: '预约爽约', en: 'Appointment missed' },
    group: 'appointment',
    variables: vars,
    templates: {
      zh: { subject: '预约未签到', body: '【{centerName}】{name}，您{date} {start}-{end}「{categoryName}」的预约未签到，记爽约一次。多次爽约将暂停预约。' },
      en: { subject: 'Appointment missed', body: '[{centerName}] {name}, you did not check in for "{categoryName}" on {date} {start}-{end}; it counts as a no-show. Repeated no-shows suspend online booking.' },
    },
  },
  'appointment.no-show-banned': {
    label: { zh: '爽约暂停预约', en: 'Booking suspended after no-shows' },
    group: 'appointment',
    variables: { ...vars, bannedUntil: '2026-12-31' },
    templates: {
      zh: {
        subject: '网上预约已暂停',
        body: '【{centerName}】{name}，您{date} {start}-{end}「{categoryName}」的预约未签到，记爽约一次。因多次爽约，{bannedUntil}前暂停网上预约，可到大厅现场取号。',
      },
      en: {
        subject: 'Online booking suspended',
        body: '[{centerName}] {name}, you did not check in for "{categoryName}" on {date} {start}-{end}. After repeated no-shows, online booking is suspended until {bannedUntil}; you can still take a ticket in the hall.',
      },
    },
  },
} as const satisfies Record<string, NotificationEvent>;
