// 通知事件: every message the platform sends, named by the event it reports, with the
// variables its template may use and the default wording (zh and en). A center may override
// the wording per channel (notification_template); the variables stay fixed by this table, so
// a saved template can never ask for a value the sender does not pass.

export const notificationChannels = ['sms', 'email', 'inbox'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];
export const notificationLangs = ['zh', 'en'] as const;
export type NotificationLang = (typeof notificationLangs)[number];

export interface TemplateText {
  /** E-mail subject and inbox title; SMS ignores it. */
  subject: string;
  body: string;
}

export interface NotificationEvent {
  label: { zh: string; en: string };
  /** Variables the sender passes, each with a sample value for the console preview. */
  variables: Readonly<Record<string, string>>;
  templates: Record<NotificationLang, TemplateText>;
}

const appointmentVars = {
  centerName: '城关区政务服务中心',
  name: '张*',
  date: '2026-12-08',
  start: '09:00',
  end: '09:30',
  categoryName: '不动产登记',
  code: '384920',
};
const caseVars = { centerName: '城关区政务服务中心', caseNo: 'GS2026120800012', itemName: '食品经营许可' };

export const notificationEvents = {
  'appointment.confirmed': {
    label: { zh: '预约成功', en: 'Appointment confirmed' },
    variables: appointmentVars,
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
    variables: appointmentVars,
    templates: {
      zh: { subject: '明日预约提醒', body: '【{centerName}】{name}，提醒您明天{date} {start}-{end}到大厅办理「{categoryName}」，预约码{code}。请带身份证按时签到；不能前来请提前取消。' },
      en: { subject: 'Reminder: your appointment tomorrow', body: '[{centerName}] {name}, a reminder of "{categoryName}" tomorrow {date} {start}-{end}, code {code}. Bring your ID card; cancel in advance if you cannot come.' },
    },
  },
  'appointment.cancelled': {
    label: { zh: '预约取消', en: 'Appointment cancelled' },
    variables: appointmentVars,
    templates: {
      zh: { subject: '预约已取消', body: '【{centerName}】{name}，您{date} {start}-{end}「{categoryName}」的预约（预约码{code}）已取消。' },
      en: { subject: 'Appointment cancelled', body: '[{centerName}] {name}, your appointment for "{categoryName}" on {date} {start}-{end} (code {code}) is cancelled.' },
    },
  },
  'ticket.called': {
    label: { zh: '叫号', en: 'Ticket called' },
    variables: { centerName: '城关区政务服务中心', ticketNo: 'A012', windowName: '3号窗口' },
    templates: {
      zh: { subject: '请到{windowName}办理', body: '【{centerName}】请{ticketNo}号到{windowName}办理。' },
      en: { subject: 'Please go to {windowName}', body: '[{centerName}] Ticket {ticketNo}, please go to {windowName}.' },
    },
  },
  'case.accepted': {
    label: { zh: '办件受理', en: 'Case accepted' },
    variables: { ...caseVars, promisedDue: '2026-12-20' },
    templates: {
      zh: { subject: '办件已受理：{caseNo}', body: '【{centerName}】您的办件{caseNo}（{itemName}）已受理，承诺 {promisedDue} 前办结。' },
      en: { subject: 'Case accepted: {caseNo}', body: '[{centerName}] Your case {caseNo} ({itemName}) is accepted and will be concluded by {promisedDue}.' },
    },
  },
  'case.correction': {
    label: { zh: '材料补正', en: 'Correction needed' },
    variables: { ...caseVars, count: '2' },
    templates: {
      zh: { subject: '办件材料需补正：{caseNo}', body: '【{centerName}】您的办件{caseNo}（{itemName}）材料需补正，共 {count} 项，详见补正材料通知书。' },
      en: { subject: 'Correction needed: {caseNo}', body: '[{centerName}] Your case {caseNo} ({itemName}) needs {count} correction(s); see the correction notice.' },
    },
  },
  'case.decided': {
    label: { zh: '办理决定', en: 'Case decided' },
    variables: { ...caseVars, outcome: '准予许可' },
    templates: {
      zh: { subject: '办件已办结：{caseNo}', body: '【{centerName}】您的办件{caseNo}（{itemName}）已作出决定：{outcome}。' },
      en: { subject: 'Case decided: {caseNo}', body: '[{centerName}] A decision on your case {caseNo} ({itemName}): {outcome}.' },
    },
  },
  'result.ready': {
    label: { zh: '结果可领取', en: 'Result ready' },
    variables: { ...caseVars, pickup: '大厅1号综合窗口' },
    templates: {
      zh: { subject: '办理结果可领取：{caseNo}', body: '【{centerName}】您的办件{caseNo}（{itemName}）结果已可领取，领取地点：{pickup}。请携带身份证。' },
      en: { subject: 'Result ready: {caseNo}', body: '[{centerName}] The result of your case {caseNo} ({itemName}) is ready at {pickup}. Bring your ID card.' },
    },
  },
  // 网上申报 (issue #19, decision 0043): the applicant is told of the window's pre-review.
  'online.correction_requested': {
    label: { zh: '网上申报需补正', en: 'Online application: correction needed' },
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', count: '2' },
    templates: {
      zh: { subject: '网上申报需补正：{itemName}', body: '【{centerName}】您网上申报的「{itemName}」经预审需补正材料 {count} 项（仅此一次），请登录网上办事大厅补正后重新提交。' },
      en: { subject: 'Correction needed: {itemName}', body: '[{centerName}] Your online application for "{itemName}" needs {count} correction(s) (asked only once). Sign in to the online hall, correct it and submit again.' },
    },
  },
  'online.accepted': {
    label: { zh: '网上申报已受理', en: 'Online application accepted' },
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', caseNo: 'GS2026120800012' },
    templates: {
      zh: { subject: '网上申报已受理：{caseNo}', body: '【{centerName}】您网上申报的「{itemName}」已通过预审并受理，办件编号{caseNo}，受理通知书可在网上办事大厅“我的办件”下载。' },
      en: { subject: 'Online application accepted: {caseNo}', body: '[{centerName}] Your online application for "{itemName}" passed pre-review and is accepted as case {caseNo}; download the acceptance notice under "My cases".' },
    },
  },
  'online.refused': {
    label: { zh: '网上申报预审不通过', en: 'Online application refused' },
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', reasons: '不属于本中心受理范围' },
    templates: {
      zh: { subject: '网上申报预审不通过：{itemName}', body: '【{centerName}】您网上申报的「{itemName}」预审未通过，原因：{reasons}。' },
      en: { subject: 'Online application refused: {itemName}', body: '[{centerName}] Your online application for "{itemName}" did not pass pre-review: {reasons}.' },
    },
  },
  'citizen.sign-in-code': {
    label: { zh: '登录验证码', en: 'Sign-in code' },
    variables: { code: '482913', minutes: '5' },
    templates: {
      zh: { subject: '登录验证码', body: '您的登录验证码为{code}，{minutes}分钟内有效。请勿告知他人。' },
      en: { subject: 'Your sign-in code', body: 'Your sign-in code is {code}, valid for {minutes} minutes. Do not share it.' },
    },
  },
} as const satisfies Record<string, NotificationEvent>;

export type NotificationEventKey = keyof typeof notificationEvents;
export const notificationEventKeys = Object.keys(notificationEvents) as NotificationEventKey[];

export function isNotificationEvent(key: string): key is NotificationEventKey {
  return Object.hasOwn(notificationEvents, key);
}

/** Events whose messages carry a secret (a sign-in code): outbox screens hide their digits. */
export const secretEvents: ReadonlySet<NotificationEventKey> = new Set(['citizen.sign-in-code']);
