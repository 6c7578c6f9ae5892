// How demo catalog entries are written: a compact record per item, expanded here into a full
// guide (process steps with posts and phones, review rules, contacts) and its materials.
// Legal bases and limits follow the laws named; basic codes and USCCs are illustrative.
import {
  formatImplementationCode,
  type CaseType,
  type DelegationMode,
  type ExerciseLevelCode,
  type Faq,
  type Fee,
  type Guide,
  type HandlingScope,
  type IntermediaryService,
  type ItemTypeCode,
  type LimitUnit,
  type Material,
  type ProcessStep,
  type ReviewRule,
  type ServiceObjectCode,
  type SpecialProcedure,
  type Theme,
  type TimeLimit,
} from '../../../domain/catalog/index.ts';
import { usccCheckChar } from '../../../domain/identifiers/index.ts';
import { demoForms } from './forms.ts';
import { demoSituations } from './situations.ts';

/** The implementing bodies: the demo org's departments, plus bodies that are not windows there. */
export const bodies = {
  civil: { department: '县民政局', phone: '029-34411201', nature: '1' },
  hr: { department: '县人力资源和社会保障局', phone: '029-34411202', nature: '1' },
  health: { department: '县卫生健康局', phone: '029-34411203', nature: '1' },
  land: { department: '县自然资源局', phone: '029-34411204', nature: '1' },
  agri: { department: '县农业农村局', phone: '029-34411205', nature: '1' },
  disabled: { department: '县残疾人联合会', phone: '029-34411206', nature: '2' },
  market: { department: '县市场监督管理局', phone: '029-34411207', nature: '1' },
  police: { department: '县公安局', phone: '029-34411208', nature: '1' },
  medins: { name: '旬邑县医疗保障局', n: 9, phone: '029-34411209', nature: '1' },
  veterans: { name: '旬邑县退役军人事务局', n: 10, phone: '029-34411210', nature: '1' },
  edu: { name: '旬邑县教育和体育局', n: 11, phone: '029-34411211', nature: '1' },
  housing: { name: '旬邑县住房和城乡建设局', n: 12, phone: '029-34411212', nature: '1' },
  tax: { name: '国家税务总局旬邑县税务局', n: 13, phone: '029-34411213', nature: '1' },
  tuqiao: { name: '旬邑县土桥镇人民政府', n: 14, phone: '029-34420001', nature: '1' },
  zhitian: { name: '旬邑县职田镇人民政府', n: 15, phone: '029-34430001', nature: '1' },
} as const;
export type BodyKey = keyof typeof bodies;

/** Same shape as the demo org's department codes (11610429MB + serial + check). */
export function extraUscc(n: number): string {
  const first17 = `11610429MB${String(10000000 + n).slice(1)}`;
  return first17 + usccCheckChar(first17);
}

export const HALL_PHONE = '029-34412345';
export const COMPLAINT_PHONE = '029-34412300、12345';
export const HOURS = '周一至周五 上午 9:00-12:00，下午 13:30-17:30（法定节假日除外）';
export const ONLINE_URL = 'https://zwfw.shaanxi.gov.cn/';
const COUNTY_HALL = '旬邑县城关街道泰塔路 1 号 旬邑县政务服务中心';

type Limit = [number, LimitUnit, string?];
export const instant: Limit = [0, 'instant'];

export interface SeedItem {
  key: string;
  body: BodyKey;
  /** Owner center key in demo-org ('county' unless a township's own power). */
  owner?: 'county' | 't1' | 't2';
  seq: number;
  sub?: { no: number; name: string };
  name: string;
  itemType: ItemTypeCode;
  level?: ExerciseLevelCode;
  legalBasis: string;
  legal: Limit;
  promised: Limit;
  caseType: CaseType;
  conditions: string;
  materials: Material[];
  result: string;
  themes: Theme[];
  objects: ServiceObjectCode[];
  keywords?: string[];
  review?: ReviewRule[];
  fee?: Fee;
  online?: boolean;
  visits?: number;
  express?: boolean;
  appointment?: boolean;
  commitment?: boolean;
  scope?: HandlingScope;
  lead?: BodyKey;
  joint?: BodyKey[];
  /** 上报件: the upper authority that decides. */
  upper?: string;
  window?: string;
  special?: SpecialProcedure[];
  intermediary?: IntermediaryService[];
  quantityLimit?: string;
  faq?: Faq[];
  delegate?: { to: ('t1' | 't2' | 'v1')[]; mode: DelegationMode };
}

interface MaterialOpts {
  required?: boolean;
  waivable?: boolean;
  exempt?: boolean;
  blankForm?: string;
  sample?: string;
  fillGuide?: string;
  notes?: string;
}

export function m(name: string, issuingBody: string, originals: number, copies: number, o: MaterialOpts = {}): Material {
  return {
    name,
    issuingBody,
    originals,
    copies,
    required: o.required ?? true,
    waivable: o.waivable ?? false,
    exemptWhenShared: o.exempt ?? false,
    sampleFile: o.sample ?? '',
    blankFormFile: o.blankForm ?? '',
    fillGuide: o.fillGuide ?? '',
    notes: o.notes ?? '',
  };
}

/** Materials most items ask for. */
export const common = {
  idCard: (who = '申请人') => m(`${who}居民身份证`, '公安机关', 1, 1, { exempt: true, notes: '通过电子证照库核验身份证的，免交复印件' }),
  hukou: (who = '申请人') => m(`${who}居民户口簿`, '公安机关', 1, 1, { exempt: true, notes: '可通过公安户籍信息共享核验的，免提交' }),
  form: (name: string) =>
    m(name, '申请人', 1, 0, { blankForm: `${name}.pdf`, sample: `${name}（填写样本）.pdf`, fillGuide: '用黑色签字笔或打印填写，不得涂改；申请人签字并按手印' }),
  proxy: () => m('授权委托书及受托人居民身份证', '申请人', 1, 1, { required: false, notes: '委托他人或代办员代办时提供' }),
  bankAccount: () => m('本人银行账户（社会保障卡）', '开户银行', 1, 1, { waivable: true, notes: '用于发放资金；可容缺受理，3 个工作日内补交' }),
  licence: () => m('营业执照', '市场监督管理部门', 1, 1, { exempt: true, notes: '通过电子营业执照共享核验的，免提交' }),
};

const flat = (l: Limit): TimeLimit => ({ amount: l[0], unit: l[1], note: l[2] ?? '' });

function share(l: Limit, part: number): TimeLimit {
  if (l[1] === 'instant') return { amount: 0, unit: 'instant', note: '' };
  return { amount: Math.max(1, Math.floor(l[0] * part)), unit: l[1], note: '' };
}

const completeness = (basis: string): ReviewRule => ({
  point: '申请材料是否齐全、符合法定形式',
  basis,
  keyPoints: '逐项对照材料清单；核对原件与复印件一致；证件在有效期内；可容缺材料须签署容缺承诺书',
});

const shortBasis = (basis: string) => basis.split('；')[0]!;

/** The published process: every step names its post and a phone (SPEC §2). */
export function processOf(s: SeedItem, deptName: string, phone: string, names: (k: BodyKey) => string): ProcessStep[] {
  const basis = shortBasis(s.legalBasis);
  const accept: ProcessStep = { name: '受理', post: `${s.window ?? '综合受理窗口'}（A岗）`, phone: HALL_PHONE, timeAllowed: flat(instant), reviewRules: [completeness(basis)] };
  const review = s.review ?? [{ point: '申请人是否符合受理条件', basis, keyPoints: s.conditions.slice(0, 200) }];
  const deliver: ProcessStep = { name: '办结送达', post: '综合出件窗口', phone: HALL_PHONE, timeAllowed: flat(instant), reviewRules: [] };
  switch (s.caseType) {
    case 'instant':
      return [{ ...accept, name: '受理并当场办结', reviewRules: [completeness(basis), ...review] }];
    case 'promised':
      return [
        accept,
        { name: '审查', post: `${deptName}业务股室审核岗`, phone, timeAllowed: share(s.promised, 0.6), reviewRules: review },
        { name: '决定', post: `${deptName}分管负责人`, phone, timeAllowed: share(s.promised, 0.2), reviewRules: [] },
        deliver,
      ];
    case 'joint':
      return [
        { ...accept, name: '一窗受理' },
        { name: '牵头部门审查', post: `${names(s.lead ?? s.body)}审核岗`, phone, timeAllowed: share(s.promised, 0.4), reviewRules: review },
        { name: '联办部门并联审查', post: (s.joint ?? []).map((j) => `${names(j)}审核岗`).join('、'), phone: HALL_PHONE, timeAllowed: share(s.promised, 0.4), reviewRules: [] },
        { name: '统一出件', post: '综合出件窗口', phone: HALL_PHONE, timeAllowed: flat(instant), reviewRules: [] },
      ];
    case 'escalated':
      return [
        accept,
        { name: '初审', post: `${deptName}业务股室审核岗`, phone, timeAllowed: share(s.promised, 0.3), reviewRules: review },
        { name: '上报审批', post: `${deptName}业务股室（报送${s.upper ?? '上级主管部门'}）`, phone, timeAllowed: share(s.promised, 0.6), reviewRules: [] },
        deliver,
      ];
  }
}

export interface BodyRef {
  name: string;
  uscc: string;
  departmentId: string | null;
  phone: string;
  nature: '1' | '2';
}

/** Expand a seed record into the guide of its first published version. */
export function guideOf(s: SeedItem, body: BodyRef, ref: (k: BodyKey) => BodyRef, basicCode: string): Guide {
  const level = s.level ?? (s.owner && s.owner !== 'county' ? '5' : '4');
  const implementationCode = formatImplementationCode({ uscc: body.uscc, level, basicCode });
  const delegatedNote = s.delegate ? '，或户籍（住所）所在镇便民服务中心' : '';
  const online = s.online ?? false;
  return {
    name: s.name,
    subItemName: s.sub?.name ?? null,
    subItemCode: s.sub ? `${implementationCode}${String(s.sub.no).padStart(2, '0')}` : null,
    itemType: s.itemType,
    legalBasis: s.legalBasis,
    exerciseLevel: level,
    departmentId: body.departmentId,
    implementingBody: body.name,
    implementingBodyUscc: body.uscc,
    implementingBodyNature: body.nature,
    implementationCode,
    legalLimit: flat(s.legal),
    promisedLimit: flat(s.promised),
    acceptanceConditions: s.conditions,
    process: processOf(s, body.name, body.phone, (k) => ref(k).name),
    jointDepartments: (s.joint ?? []).map((k) => ({ departmentId: ref(k).departmentId, name: ref(k).name })),
    leadDepartmentId: s.lead ? ref(s.lead).departmentId : null,
    undertakingBody: s.upper ?? body.name,
    intermediaryServices: s.intermediary ?? [],
    quantityLimit: s.quantityLimit ?? '无数量限制',
    resultName: s.result,
    resultSample: `${s.result}（样本）.pdf`,
    fee: s.fee ?? { charged: false, basis: '', items: [] },
    scope: s.scope ?? 'county',
    serviceObjects: s.objects,
    themes: s.themes,
    keywords: s.keywords ?? [],
    channels: online ? ['window', 'online', 'proxy'] : ['window', 'proxy'],
    specialProcedures: s.special ?? [],
    appointment: s.appointment ?? true,
    onlinePayment: !!s.fee?.charged,
    express: s.express ?? true,
    online,
    onlineUrl: online ? ONLINE_URL : '',
    visits: s.visits ?? (online ? 0 : 1),
    address: s.owner && s.owner !== 'county' ? `${body.name.replace('旬邑县', '')}便民服务中心` : `${COUNTY_HALL}${s.window ?? '综合受理窗口'}${delegatedNote}`,
    hours: HOURS,
    consultPhone: body.phone,
    complaintPhone: COMPLAINT_PHONE,
    faq: s.faq ?? [],
    caseType: s.caseType,
    commitmentEligible: s.commitment ?? false,
    formSchema: demoForms[s.key] ?? null,
    situations: demoSituations[s.key] ?? [],
    // issue #18: licences and the like are kept 30 years, public services 10 (DA/T 22 terms)
    retentionPeriod: s.itemType === '20' ? '10y' : '30y',
  };
}

/** 基本编码 (illustrative): 事项类型 (2) + body number (2) + serial (3) + 00000. */
export function basicCodeOf(s: SeedItem): string {
  const bodyNo = Object.keys(bodies).indexOf(s.body) + 1;
  return `${s.itemType}${String(bodyNo).padStart(2, '0')}${String(s.seq).padStart(3, '0')}00000`;
}
