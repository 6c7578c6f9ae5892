// What a workbook column is, the columns every data sheet shares, and the small records
// (FAQ, intermediary services, special procedures, review rules) kept in one cell each.
import { specialProcedureKinds } from '../../../../domain/catalog/index.ts';
import { code, int, limit, text, yesNo, type Codec } from './cells.ts';
import { field } from './records.ts';

export interface Column {
  header: string;
  key: string;
  codec: Codec<unknown>;
  hint: string;
  width?: number;
  /** Must not be blank. */
  required?: boolean;
  /** Shown for reading only; ignored on import. */
  info?: boolean;
  /** Stored as text so Excel keeps leading zeros of codes. */
  asText?: boolean;
}

export interface SheetSpec {
  name: string;
  about: string;
  columns: readonly Column[];
}

export const col = <V>(
  header: string,
  key: string,
  codec: Codec<V>,
  hint: string,
  o: Omit<Column, 'header' | 'key' | 'codec' | 'hint'> = {},
): Column => ({
  header,
  key,
  codec: codec as Codec<unknown>,
  hint,
  ...o,
});
export const long = { width: 40 };
export const codeCol = { asText: true, width: 22 };

export const ITEM_KEY = '事项键';
const keyHint = '基本编码，有业务办理项的为“基本编码/业务办理项编码”；各工作表以此关联，不可重复';
export const keyCol = col(ITEM_KEY, 'key', text, keyHint, { ...codeCol, width: 30 });
export const itemNameCol = col('事项名称', 'itemName', text, '仅供阅读，导入时忽略', { info: true, width: 24 });
export const seqCol = col('序号', 'seq', int, '仅供阅读；导入时按行的先后顺序排列', { info: true, width: 6 });

export const faqFields = [field('问', 'question', text), field('答', 'answer', text)];
export const intermediaryFields = [field('中介服务', 'name', text), field('依据', 'basis', text), field('是否必需', 'required', yesNo)];
export const specialFields = [
  field('特别程序', 'name', text),
  field('种类', 'kind', code(specialProcedureKinds, '特别程序种类', true)),
  field('时限', 'limit', limit),
  field('时限说明', 'limitNote', text),
  field('说明', 'note', text),
];
export const reviewFields = [field('审查要点', 'point', text), field('审查依据', 'basis', text), field('审查重点', 'keyPoints', text)];
export const recordFieldsOf: Record<string, typeof faqFields> = {
  faq: faqFields,
  intermediaryServices: intermediaryFields,
  specialProcedures: specialFields,
  reviewRules: reviewFields,
};

export const recordHint = (fields: readonly { label: string }[]) =>
  `每条一段，每行“标签：内容”，标签为 ${fields.map((f) => f.label).join('、')}；各条之间空一行`;
