// A complete, publishable guide for tests (domain and API), so each test changes only the
// element it is about.
import { usccCheckChar } from '../identifiers/index.ts';
import { formatImplementationCode } from './codes.ts';
import type { Guide, Material } from './guide.ts';

const first17 = '11610429MB0000001';
export const FIXTURE_USCC = first17 + usccCheckChar(first17);
export const FIXTURE_BASIC_CODE = '050100900000';

export function fixtureMaterials(): Material[] {
  const base = { required: true, waivable: false, exemptWhenShared: false, sampleFile: '', blankFormFile: '', fillGuide: '', notes: '' };
  return [
    { ...base, name: '申请书', issuingBody: '申请人', originals: 1, copies: 0, blankFormFile: '申请书.docx' },
    { ...base, name: '申请人居民身份证', issuingBody: '公安机关', originals: 1, copies: 1, exemptWhenShared: true },
    { ...base, name: '收入证明', issuingBody: '所在单位', originals: 1, copies: 0, waivable: true },
  ];
}

export function fixtureGuide(overrides: Partial<Guide> = {}): Guide {
  return {
    name: '测试补贴申领',
    subItemName: null,
    subItemCode: null,
    itemType: '05',
    legalBasis: '《社会救助暂行办法》第九条',
    exerciseLevel: '4',
    departmentId: null,
    implementingBody: '县民政局',
    implementingBodyUscc: FIXTURE_USCC,
    implementingBodyNature: '1',
    implementationCode: formatImplementationCode({ uscc: FIXTURE_USCC, level: '4', basicCode: FIXTURE_BASIC_CODE }),
    legalLimit: { amount: 20, unit: 'workday', note: '' },
    promisedLimit: { amount: 10, unit: 'workday', note: '' },
    acceptanceConditions: '本县户籍居民，家庭人均收入低于当地标准。',
    process: [
      { name: '受理', post: '综合受理窗口（A岗）', phone: '029-34412345', reviewRules: [{ point: '材料是否齐全', basis: '', keyPoints: '' }] },
      { name: '审查', post: '县民政局社会救助股', phone: '029-34411201', timeAllowed: { amount: 6, unit: 'workday', note: '' }, reviewRules: [] },
    ],
    jointDepartments: [],
    leadDepartmentId: null,
    undertakingBody: '县民政局',
    intermediaryServices: [],
    quantityLimit: '无数量限制',
    resultName: '补贴资金发放',
    resultSample: '',
    fee: { charged: false, basis: '', items: [] },
    scope: 'county',
    serviceObjects: ['1'],
    themes: ['socialAssistance'],
    keywords: ['补贴'],
    channels: ['window', 'proxy'],
    specialProcedures: [],
    appointment: true,
    onlinePayment: false,
    express: false,
    online: false,
    onlineUrl: '',
    visits: 1,
    address: '旬邑县政务服务中心综合受理窗口',
    hours: '周一至周五 9:00-12:00，13:30-17:30',
    consultPhone: '029-34411201',
    complaintPhone: '12345',
    faq: [],
    caseType: 'promised',
    commitmentEligible: false,
    formSchema: null,
    situations: [],
    retentionPeriod: '30y',
    ...overrides,
  };
}
