// The workbook layout: the 事项 sheet and the three sheets of an item's lists (materials,
// process steps, fee items), joined by 事项键. A column reads and writes one key of a flat
// row (rows.ts); the 说明 sheet is generated from the hints.
import { code, int, limit, text, yesNo, yuan } from './cells.ts';
import { col, itemNameCol, keyCol, long, recordHint, reviewFields, seqCol, type SheetSpec } from './columns.ts';
import { itemSheet } from './item-sheet.ts';
import { records } from './records.ts';

export { ITEM_KEY, recordFieldsOf, reviewFields, type Column, type SheetSpec } from './columns.ts';
export { itemSheet };

export const materialSheet: SheetSpec = {
  name: '申请材料',
  about: '每行一项申请材料，按行的先后顺序排列',
  columns: [
    keyCol,
    itemNameCol,
    seqCol,
    col('材料名称', 'name', text, '必填', { required: true, width: 30 }),
    col('出具机构', 'issuingBody', text, '材料来源', { width: 20 }),
    col('原件份数', 'originals', int, '0-99', { width: 8 }),
    col('复印件份数', 'copies', int, '0-99', { width: 8 }),
    col('是否必备', 'required', yesNo, '是/否，留空为“是”', { width: 8 }),
    col('可容缺', 'waivable', yesNo, '可先受理、承诺后补', { width: 8 }),
    col('免提交', 'exemptWhenShared', yesNo, '可由电子证照或共享数据替代', { width: 8 }),
    col('材料样本', 'sampleFile', text, '样本文件名', { width: 24 }),
    col('空白表格', 'blankFormFile', text, '空白表格文件名', { width: 24 }),
    col('填写说明', 'fillGuide', text, '', long),
    col('备注', 'notes', text, '', long),
  ],
};

export const stepSheet: SheetSpec = {
  name: '办理流程',
  about: '每行一个办理环节，按行的先后顺序排列',
  columns: [
    keyCol,
    itemNameCol,
    seqCol,
    col('环节名称', 'name', text, '必填', { required: true, width: 16 }),
    col('责任岗位', 'post', text, '必填', { required: true, width: 28 }),
    col('联系电话', 'phone', text, '发布前须填写', { width: 16 }),
    col('环节时限', 'timeAllowed', limit, '如“3个工作日”“即办”，可留空', { width: 12 }),
    col('环节时限说明', 'timeAllowedNote', text, '可选', { width: 20 }),
    col('审查细则', 'reviewRules', records(reviewFields), recordHint(reviewFields), { width: 50 }),
  ],
};

export const feeKinds = { fixed: { zh: '固定金额' }, perUnit: { zh: '按单位计费' } } as const;

export const feeSheet: SheetSpec = {
  name: '收费',
  about: '每行一个收费项目；金额单位为元，最多两位小数',
  columns: [
    keyCol,
    itemNameCol,
    seqCol,
    col('收费项目', 'name', text, '必填', { required: true, width: 30 }),
    col('计费方式', 'kind', code(feeKinds, '计费方式'), '固定金额或按单位计费', { required: true, width: 12 }),
    col('金额（元）', 'amountFen', yuan, '固定金额时填写', { width: 10 }),
    col('计费单位', 'unit', text, '按单位计费时填写，如“本”“平方米”', { width: 10 }),
    col('单价（元）', 'unitFen', yuan, '按单位计费时填写', { width: 10 }),
    col('最低收费（元）', 'minFen', yuan, '可选', { width: 10 }),
    col('最高收费（元）', 'maxFen', yuan, '可选', { width: 10 }),
  ],
};

export const dataSheets = [itemSheet, materialSheet, stepSheet, feeSheet] as const;
