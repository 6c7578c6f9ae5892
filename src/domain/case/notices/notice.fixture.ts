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
};

