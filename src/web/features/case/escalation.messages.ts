import { registerMessages } from '../../i18n/index.ts';

// 上报件 (issue #17, decision 0035): merged into the case area's messages (states, actions) and
// its own block, so the shared messages file stays as it was.
const zh = {
  states: { escalated: '已上报' },
  actions: {
    escalate: '上报',
    'escalation.accept': '上报件受理',
    'escalation.approve': '上级准予（结果回传）',
    'escalation.refuse': '上级不予许可（结果回传）',
    'escalation.end': '上级终止办理',
    'escalation.deliver': '原受理窗口已出件',
    'escalation.withdraw': '原受理窗口撤回',
  },
  escalation: {
    title: '上报件',
    badgeUpper: '上报件 · 来自 {{number}}',
    badgeOrigin: '已上报 {{center}}',
    reasonHint: '上报理由（将记入双方办件记录）',
    lowerReview: '本级初审期限（行政许可法第四十三条，20 个工作日）',
    forwardedOn: '{{date}} 上报',
    onTime: '按期上报',
    late: '超期上报',
    origin: '原受理中心',
    upper: '上级审批中心',
    reason: '上报理由',
    forwardedBy: '上报人',
    returned: '结果已回传',
    linkedTimeline: '上报件全程记录（本级 + 上级）',
    resultHere: '办理结果在原受理窗口领取',
  },
};

const en: typeof zh = {
  states: { escalated: 'Escalated' },
  actions: {
    escalate: 'Escalate',
    'escalation.accept': 'Escalated case received',
    'escalation.approve': 'Approved above (result back)',
    'escalation.refuse': 'Refused above (result back)',
    'escalation.end': 'Ended above',
    'escalation.deliver': 'Delivered at the window of origin',
    'escalation.withdraw': 'Withdrawn at the window of origin',
  },
  escalation: {
    title: 'Escalated case',
    badgeUpper: 'Escalated · from {{number}}',
    badgeOrigin: 'Escalated to {{center}}',
    reasonHint: 'Reason for escalating (kept on both cases)',
    lowerReview: 'Own review limit (Administrative Licensing Law §43, 20 working days)',
    forwardedOn: 'forwarded {{date}}',
    onTime: 'Forwarded in time',
    late: 'Forwarded late',
    origin: 'Center of origin',
    upper: 'Deciding center',
    reason: 'Reason',
    forwardedBy: 'Forwarded by',
    returned: 'Result returned',
    linkedTimeline: 'Whole history (both centers)',
    resultHere: 'The result is handed out at the window of origin',
  },
};

export default registerMessages('case', { zh, en });
