// The 事项 sheet: one row per item (or 业务办理项) with every guide element of GB/T 39046
// table 4 (FACTS.md §C) under its Chinese name; the assembly into guides is in assemble.ts.
import {
  bodyNatures,
  caseTypes,
  channels,
  exerciseLevels,
  handlingScopes,
  itemTypes,
  retentionPeriods,
  serviceObjects,
  themes,
} from '../../../../domain/catalog/index.ts';
import { code, int, json, jsonList, limit, list, text, yesNo } from './cells.ts';
import { codeCol, col, faqFields, intermediaryFields, keyCol, long, recordHint, specialFields, type SheetSpec } from './columns.ts';
import { records } from './records.ts';

export const itemSheet: SheetSpec = {
  name: '事项',
  about: '每行一个事项（或一个业务办理项）当前版本的办事指南要素',
  columns: [
    keyCol,
    col('所属中心编码', 'centerCode', text, '事项所属的政务服务中心编码；新增事项留空则归属本人所在中心', { asText: true, width: 16 }),
    col('基本编码', 'basicCode', text, '国家基本编码 12 位，或地方基本编码（最多 50 位字母、数字、_、-）', { ...codeCol, required: true }),
    col('地方编码', 'localCode', text, '可选；字母、数字、_、-，最多 50 位', codeCol),
    col('当前版本', 'version', text, '仅供阅读，导入时忽略', { info: true, width: 14 }),
    col('事项名称', 'name', text, '必填', { required: true, width: 30 }),
    col('业务办理项', 'subItemName', text, '如“新设”“变更”“延续”“注销”，无则留空', { width: 24 }),
    col('业务办理项编码', 'subItemCode', text, '最多 50 位，无则留空', codeCol),
    col('事项类型', 'itemType', code(itemTypes, '事项类型', true), '代码或名称，如“05 行政给付”', { required: true, width: 14 }),
    col('设定依据', 'legalBasis', text, '法律法规名称及条款', long),
    col('行使层级', 'exerciseLevel', code(exerciseLevels, '行使层级', true), '如“4 县级”', { required: true, width: 12 }),
    col('实施部门', 'department', text, '本中心或上级中心的部门名称；留空表示不关联部门', { width: 20 }),
    col('实施主体', 'implementingBody', text, '实施机关全称；填写实施部门且此项留空时取部门名称', { width: 24 }),
    col('实施主体统一社会信用代码', 'implementingBodyUscc', text, '18 位，按 GB 32100 校验；留空时取实施部门的代码', codeCol),
    col('实施主体性质', 'implementingBodyNature', code(bodyNatures, '实施主体性质', true), '如“1 法定机关”', { width: 14 }),
    col('实施编码', 'implementationCode', text, '实施主体统一社会信用代码 + 行使层级 + 基本编码；可留空，发布时自动生成', {
      ...codeCol,
      width: 36,
    }),
    col('法定办结时限', 'legalLimit', limit, '如“20个工作日”“30个自然日”“即办”；留空表示未填写', { width: 14 }),
    col('法定办结时限说明', 'legalLimitNote', text, '超过 20 个工作日的须写明依据', long),
    col('承诺办结时限', 'promisedLimit', limit, '同上，不得超过法定办结时限', { width: 14 }),
    col('承诺办结时限说明', 'promisedLimitNote', text, '可选', long),
    col('办件类型', 'caseType', code(caseTypes, '办件类型'), '即办件、承诺件、联办件或上报件', { required: true, width: 10 }),
    col('受理条件', 'acceptanceConditions', text, '', long),
    col('牵头部门', 'leadDepartment', text, '联办件的牵头部门名称', { width: 20 }),
    col('共同实施部门', 'jointDepartments', list(text), '部门名称，多个用“、”分隔；与本中心部门同名的自动关联', { width: 30 }),
    col('承办机构', 'undertakingBody', text, '上报件须写明承办（上报审批）机构', { width: 24 }),
    col('中介服务', 'intermediaryServices', records(intermediaryFields), recordHint(intermediaryFields), long),
    col('数量限制', 'quantityLimit', text, '', { width: 16 }),
    col('结果名称', 'resultName', text, '', { width: 24 }),
    col('结果样本', 'resultSample', text, '样本文件名', { width: 24 }),
    col('是否收费', 'feeCharged', yesNo, '是/否；收费项目见“收费”工作表', { width: 8 }),
    col('收费依据', 'feeBasis', text, '收费事项必填', long),
    col(
      '通办范围',
      'scope',
      code(handlingScopes, '通办范围'),
      Object.values(handlingScopes)
        .map((x) => x.zh)
        .join('、'),
      { width: 10 },
    ),
    col(
      '服务对象',
      'serviceObjects',
      list(code(serviceObjects, '服务对象')),
      `多个用“、”分隔：${Object.values(serviceObjects)
        .map((x) => x.zh)
        .join('、')}`,
      { width: 16 },
    ),
    col('服务主题', 'themes', list(code(themes, '服务主题')), '多个用“、”分隔，如“社会救助、养老服务”', { width: 20 }),
    col('关键词', 'keywords', list(text), '多个用“、”分隔，用于搜索', { width: 20 }),
    col(
      '办理形式',
      'channels',
      list(code(channels, '办理形式')),
      `多个用“、”分隔：${Object.values(channels)
        .map((x) => x.zh)
        .join('、')}；发布前须填写`,
      { width: 20 },
    ),
    col('特别程序', 'specialProcedures', records(specialFields), recordHint(specialFields), long),
    col('是否支持预约', 'appointment', yesNo, '是/否', { width: 8 }),
    col('是否支持网上支付', 'onlinePayment', yesNo, '是/否', { width: 8 }),
    col('是否支持物流快递', 'express', yesNo, '是/否', { width: 8 }),
    col('是否网办', 'online', yesNo, '是/否', { width: 8 }),
    col('网办地址', 'onlineUrl', text, '支持网办的须填写', { width: 24 }),
    col('到现场次数', 'visits', int, '0-9，“最多跑一次”要求不超过 1', { width: 8 }),
    col('办理地点', 'address', text, '', long),
    col('办理时间', 'hours', text, '', long),
    col('咨询电话', 'consultPhone', text, '数字、连字符、括号，多个用“、”分隔', { width: 16 }),
    col('监督投诉电话', 'complaintPhone', text, '同上', { width: 16 }),
    col('常见问题', 'faq', records(faqFields), recordHint(faqFields), long),
    col('是否告知承诺', 'commitmentEligible', yesNo, '是否可适用证明事项告知承诺制', { width: 8 }),
    col('在线表单定义', 'formSchema', json, 'JSON Schema（type 为 object），由系统生成，一般不手工修改；留空表示无', { width: 20 }),
    col('情形引导', 'situations', jsonList, '情形问题及选项（JSON），在管理后台编辑；选项按材料名称增减材料；留空表示无', { width: 20 }),
    // issue #18, the archive: 保管期限 of the item's case files
    col('档案保管期限', 'retentionPeriod', code(retentionPeriods, '档案保管期限'), '永久、30年或10年；留空为30年', { width: 10 }),
  ],
};
