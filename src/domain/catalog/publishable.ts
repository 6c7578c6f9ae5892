// Is a guide complete enough to publish? The local rules want every published item to be
// doable with at most one visit (最多跑一次), so an applicant must be able to prepare
// everything from the guide alone: each material with where it comes from and how many
// copies, the conditions, the process with whom to call, where and when to come.
import { validateUscc } from '../identifiers/index.ts';
import { implementationCodeMessage, validateImplementationCode, type ImplementationCodeFormat } from './codes.ts';
import type { GuideCandidate } from './guide.ts';
import { checkLegalLimit, checkPromisedLimit, DEFAULT_LAW_LIMITS, DEFAULT_PROMISED_REDUCTION, type LawLimits } from './limits.ts';
import type { CatalogProblem, ProblemCode } from './problems.ts';

export interface PublishCheckOptions {
  /** Required share by which the promised limit undercuts the legal one (default 0.3). */
  promisedReduction?: number;
  lawLimits?: LawLimits;
  /** The item's 基本编码, so the 实施编码 can be checked against it. */
  basicCode?: string;
  implementationCodeFormat?: ImplementationCodeFormat;
  /** 最多跑一次: at most this many visits (default 1). */
  maxVisits?: number;
}

const blank = (v: string | null | undefined) => (v ?? '').trim() === '';

export function checkPublishable(v: GuideCandidate, opts: PublishCheckOptions = {}): CatalogProblem[] {
  const out: CatalogProblem[] = [];
  const error = (code: ProblemCode, field: string, message: string) => out.push({ code, severity: 'error', field, message });
  const warn = (code: ProblemCode, field: string, message: string) => out.push({ code, severity: 'warning', field, message });

  if (blank(v.name)) error('NAME_MISSING', 'name', '缺少事项名称');
  if (!v.itemType) error('ITEM_TYPE_MISSING', 'itemType', '缺少事项类型');
  if (!v.caseType) error('CASE_TYPE_MISSING', 'caseType', '缺少办件类型（即办、承诺、联办或上报）');
  if (!v.exerciseLevel) error('LEVEL_MISSING', 'exerciseLevel', '缺少行使层级');
  if (blank(v.legalBasis)) error('LEGAL_BASIS_MISSING', 'legalBasis', '缺少设定依据');

  if (blank(v.implementingBody)) error('BODY_MISSING', 'implementingBody', '缺少实施主体');
  const usccOk = !blank(v.implementingBodyUscc) && validateUscc(v.implementingBodyUscc!).ok;
  if (!usccOk) error('BODY_USCC_INVALID', 'implementingBodyUscc', '实施主体统一社会信用代码缺失或校验位不符');

  if (blank(v.implementationCode)) error('IMPLEMENTATION_CODE_MISSING', 'implementationCode', '缺少实施编码');
  else {
    const expected = { uscc: usccOk ? v.implementingBodyUscc! : undefined, level: v.exerciseLevel ?? undefined, basicCode: opts.basicCode };
    const r = validateImplementationCode(v.implementationCode!, expected, opts.implementationCodeFormat);
    if (!r.ok) error('IMPLEMENTATION_CODE_INVALID', 'implementationCode', implementationCodeMessage(r));
  }

  checkLimits(v, opts, out);
  checkCaseType(v, out);

  if (blank(v.acceptanceConditions)) error('CONDITIONS_MISSING', 'acceptanceConditions', '缺少受理条件');
  const steps = v.process ?? [];
  if (steps.length === 0) error('PROCESS_MISSING', 'process', '缺少办理流程');
  steps.forEach((s, i) => {
    if (blank(s.post) || blank(s.phone)) error('STEP_CONTACT_MISSING', `process.${i}`, `办理流程第 ${i + 1} 步“${s.name}”须写明责任岗位和联系电话`);
  });

  v.materials.forEach((m, i) => {
    const missing: string[] = [];
    if (blank(m.name)) missing.push('名称');
    if (blank(m.issuingBody)) missing.push('出具机构（来源）');
    if ((m.originals ?? 0) + (m.copies ?? 0) < 1) missing.push('原件或复印件份数');
    if (missing.length) error('MATERIAL_INCOMPLETE', `materials.${i}`, `申请材料第 ${i + 1} 项“${m.name ?? ''}”缺少${missing.join('、')}`);
  });

  const maxVisits = opts.maxVisits ?? 1;
  if ((v.visits ?? 0) > maxVisits) error('VISITS_OVER_ONE', 'visits', `到现场次数为 ${v.visits} 次，不符合“最多跑一次”要求（不超过 ${maxVisits} 次）`);

  const contacts = [
    ['address', '办理地点'],
    ['hours', '办理时间'],
    ['consultPhone', '咨询电话'],
    ['complaintPhone', '监督投诉电话'],
  ] as const;
  for (const [field, label] of contacts) if (blank(v[field])) error('CONTACT_MISSING', field, `缺少${label}`);

  if (blank(v.resultName)) error('RESULT_MISSING', 'resultName', '缺少办理结果名称');
  if (!v.serviceObjects?.length) error('SERVICE_OBJECTS_MISSING', 'serviceObjects', '缺少服务对象');
  if (!v.channels?.length) error('CHANNELS_MISSING', 'channels', '缺少办理形式（窗口、网办、邮寄或代办）');
  const online = v.online === true || (v.channels ?? []).includes('online');
  if (online && blank(v.onlineUrl)) error('ONLINE_URL_MISSING', 'onlineUrl', '支持网上办理的事项须填写网办地址');
  if (v.fee?.charged && (blank(v.fee.basis) || v.fee.items.length === 0)) error('FEE_INCOMPLETE', 'fee', '收费事项须写明收费依据和收费标准');
  checkSituations(v, out);
  if (!v.themes?.length) warn('THEMES_MISSING', 'themes', '未设置服务主题，网上办事大厅将无法按主题找到该事项');
  return out;
}

function checkLimits(v: GuideCandidate, opts: PublishCheckOptions, out: CatalogProblem[]) {
  if (!v.legalLimit) out.push({ code: 'LIMIT_MISSING', severity: 'error', field: 'legalLimit', message: '缺少法定办结时限' });
  if (!v.promisedLimit) out.push({ code: 'LIMIT_MISSING', severity: 'error', field: 'promisedLimit', message: '缺少承诺办结时限' });
  if (!v.legalLimit || !v.promisedLimit) return;
  out.push(...checkPromisedLimit(v.legalLimit, v.promisedLimit, opts.promisedReduction ?? DEFAULT_PROMISED_REDUCTION));
  if (v.caseType) out.push(...checkLegalLimit(v.legalLimit, v.caseType, v.legalLimit.note, opts.lawLimits ?? DEFAULT_LAW_LIMITS));
}

// 四件管理制度: each case type has its own minimum.
function checkCaseType(v: GuideCandidate, out: CatalogProblem[]) {
  if (v.caseType === 'instant' && v.promisedLimit && v.promisedLimit.unit !== 'instant') {
    out.push({ code: 'INSTANT_NOT_INSTANT', severity: 'error', field: 'promisedLimit', message: '即办件须当场或当天办结，承诺时限应为“即办”' });
  }
  if (v.caseType === 'joint' && (!v.leadDepartmentId || !v.jointDepartments?.length)) {
    out.push({ code: 'JOINT_DEPARTMENTS_MISSING', severity: 'error', field: 'jointDepartments', message: '联办件须明确一个牵头（主办）部门和共同实施部门' });
  }
  // 联办件 (decision 0034): only a joint department linked to a department of the center gets its parallel sub-task.
  const unlinked = v.caseType === 'joint' ? (v.jointDepartments ?? []).filter((j) => !j.departmentId) : [];
  if (unlinked.length) {
    out.push({ code: 'JOINT_DEPARTMENT_UNLINKED', severity: 'warning', field: 'jointDepartments', message: `联办部门未关联本中心部门，受理后不会向其派发并联审查任务：${unlinked.map((j) => j.name).join('、')}` });
  }
  if (v.caseType === 'escalated' && (v.undertakingBody ?? '').trim() === '') {
    out.push({ code: 'ESCALATION_BODY_MISSING', severity: 'error', field: 'undertakingBody', message: '上报件须写明承办（上报审批）机构' });
  }
}

// 情形引导: every material an option names must be in the list, or the answer would tailor
// nothing and the applicant would be told the wrong list. One option that both requires and
// drops a material is a contradiction (the drop would win silently).
function checkSituations(v: GuideCandidate, out: CatalogProblem[]) {
  const names = new Set(v.materials.map((m) => (m.name ?? '').trim()));
  (v.situations ?? []).forEach((q, qi) =>
    q.options.forEach((o, oi) => {
      const field = `situations.${qi}.options.${oi}`;
      for (const name of new Set([...o.requires, ...o.drops])) {
        if (!names.has(name.trim())) out.push({ code: 'SITUATION_MATERIAL_UNKNOWN', severity: 'error', field, message: `情形“${q.question}”的选项“${o.label}”引用的材料“${name}”不在申请材料中` });
      }
      for (const name of o.requires.filter((n) => o.drops.includes(n))) {
        out.push({ code: 'SITUATION_MATERIAL_CONFLICT', severity: 'error', field, message: `情形“${q.question}”的选项“${o.label}”对材料“${name}”既要求又免除` });
      }
    }),
  );
}
