// Complete inputs for every notice kind, for domain tests and the PDF tests built on them.
import type { NoticeInput, NoticeKind } from './index.ts';

const base = {
  noticeNumber: '旬政服受〔2026〕0001号',
  caseNumber: '11610429MB0000001X4050100900000202609240001',
  issuedOn: '2026-09-24',
  applicant: { name: '张三' },
  item: { name: '城乡居民最低生活保障申请' },
  agency: { name: '旬阳市民政局', sealRef: 'seal/dept-minzheng', phone: '0915-7212345' },
  trackingUrl: 'https://zwfw.example.gov.cn/portal/track?no=1',
};
const waived = { promisedDate: '2026-10-15', waived: [{ name: '收入证明', format: '原件 1 份', deadline: '2026-10-09' }], overrun: '终止办理，已受理的申请不再审查' };

export const noticeFixtures: Record<NoticeKind, NoticeInput> = {
  acceptance: {
    kind: 'acceptance',
    ...base,
    receivedOn: '2026-09-24',
    promisedDate: '2026-10-15',
    collection: '旬阳市政务服务中心一楼出件窗口领取，或申请邮寄送达',
    materials: [{ name: '申请书', originals: 1, copies: 0, how: '纸质' }],
  },
  correction: {
    kind: 'correction',
    ...base,
    receivedOn: '2026-09-24',
    submitTo: '旬阳市政务服务中心综合受理窗口',
    shortfalls: [
      { materialId: 'm2', name: '居民身份证', kind: 'missing', detail: '请提交原件 1 份、复印件 1 份' },
      { materialId: 'm3', name: '收入证明', kind: 'defective', detail: '未加盖单位公章' },
    ],
  },
  non_acceptance: {
    kind: 'non_acceptance',
    ...base,
    receivedOn: '2026-09-24',
    reasons: '申请事项依法不属于本机关职权范围',
    basis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
    competentAgency: '旬阳市市场监督管理局',
    reviewBody: '旬阳市人民政府',
    court: '旬阳市人民法院',
  },
  waiver: { kind: 'waiver', ...base, ...waived },
  waiver_pledge: { kind: 'waiver_pledge', ...base, ...waived },
  commitment: {
    kind: 'commitment',
    ...base,
    conditions: ['申请人家庭人均月收入低于当地最低生活保障标准', '申请人具有本市户籍'],
    noLongerProven: ['收入证明'],
    verifyBy: '2026-11-24',
  },
  special_procedure: { kind: 'special_procedure', ...base, procedure: '专家评审', reason: '申请事项涉及专业技术问题，需组织专家论证', timeNeeded: '15个工作日', startedOn: '2026-09-28' },
  special_procedure_end: { kind: 'special_procedure_end', ...base, procedure: '专家评审', endedOn: '2026-10-16', pausedWorkdays: 8, newDueDate: '2026-11-10' },
  extension: { kind: 'extension', ...base, reason: '现场核查需协调多个部门', workdays: 10, previousDueDate: '2026-10-29', newDueDate: '2026-11-12', approvedBy: '本机关负责人' },
  approval: {
    kind: 'approval',
    ...base,
    decidedOn: '2026-10-20',
    certificate: { name: '食品经营许可证', number: 'JY16104290001234', validUntil: '2031-10-19', issuingBody: '旬阳市市场监督管理局' },
    certificateDue: '2026-11-03',
    collection: '旬阳市政务服务中心一楼综合出件窗口领取',
  },
  refusal: { kind: 'refusal', ...base, reasons: '经营场所与有毒有害场所的距离不符合规定', basis: '《中华人民共和国行政许可法》第三十八条第二款', reviewBody: '旬阳市人民政府', court: '旬阳市人民法院' },
  withdrawal: { kind: 'withdrawal', ...base, reason: '申请人经营计划变更' },
  termination: { kind: 'termination', ...base, reasons: '申请人已注销', basis: '《中华人民共和国行政许可法》第三十八条', reviewBody: '旬阳市人民政府', court: '旬阳市人民法院' },
  revocation: { kind: 'revocation', ...base, reasons: '申请人以欺骗手段取得行政许可', basis: '《中华人民共和国行政许可法》第六十九条第二款', reviewBody: '旬阳市人民政府', court: '旬阳市人民法院' },
  hearing_right: { kind: 'hearing_right', ...base, parties: ['张三', '李四（相邻权利人）'], ground: '拟建项目与相邻住户的通风采光相关', requestBy: '2026-09-29' },
  hearing_notice: { kind: 'hearing_notice', ...base, parties: ['张三', '李四（相邻权利人）'], requestedOn: '2026-09-28', requestedBy: '李四', scheduledOn: '2026-10-16', place: '旬阳市政务服务中心三楼听证室' },
};
