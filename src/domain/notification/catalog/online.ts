import type { NotificationEvent } from '../types.ts';

/** 网上申报 and 网上预审 (src/server/modules/online, decision 0043): the pre-review's outcome. */
export const onlineEvents = {
  'online.correction_requested': {
    label: { zh: '网上申报需补正', en: 'Online application: correction needed' },
    group: 'online',
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', count: '2' },
    templates: {
      zh: { subject: '网上申报需补正：{itemName}', body: '【{centerName}】您网上申报的「{itemName}」经预审需补正材料 {count} 项（仅此一次），请登录网上办事大厅补正后重新提交。' },
      en: { subject: 'Correction needed: {itemName}', body: '[{centerName}] Your online application for "{itemName}" needs {count} correction(s) (asked only once). Sign in to the online hall, correct it and submit again.' },
    },
  },
  'online.accepted': {
    label: { zh: '网上申报已受理', en: 'Online application accepted' },
    group: 'online',
    // The applicant's only acceptance message (decision 0051): every case of the application, and when each is due.
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', caseNo: 'GS2026120800012', promisedDue: '2026-12-20' },
    templates: {
      zh: { subject: '网上申报已受理：{caseNo}', body: '【{centerName}】您网上申报的「{itemName}」已通过预审并受理，办件编号{caseNo}，承诺 {promisedDue} 前办结，受理通知书可在网上办事大厅“我的办件”下载。' },
      en: { subject: 'Online application accepted: {caseNo}', body: '[{centerName}] Your online application for "{itemName}" passed pre-review and is accepted as case {caseNo}, to be concluded by {promisedDue}; download the acceptance notice under "My cases".' },
    },
  },
  'online.refused': {
    label: { zh: '网上申报预审不通过', en: 'Online application refused' },
    group: 'online',
    variables: { centerName: '城关区政务服务中心', itemName: '食品经营许可', reasons: '不属于本中心受理范围' },
    templates: {
      zh: { subject: '网上申报预审不通过：{itemName}', body: '【{centerName}】您网上申报的「{itemName}」预审未通过，原因：{reasons}。' },
      en: { subject: 'Online application refused: {itemName}', body: '[{centerName}] Your online application for "{itemName}" did not pass pre-review: {reasons}.' },
    },
  },
} as const satisfies Record<string, NotificationEvent>;
