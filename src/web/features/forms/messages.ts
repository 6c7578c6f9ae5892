import { registerMessages } from '../../i18n/index.ts';

// Texts of the online form renderer and its validation, registered under `forms` when it loads.
const zh = {
  required: '请填写{{label}}',
  requiredChoice: '请选择{{label}}',
  maxLength: '{{label}}不能超过 {{n}} 个字符',
  minLength: '{{label}}至少 {{n}} 个字符',
  pattern: '{{label}}格式不正确',
  number: '{{label}}须为数字',
  integer: '{{label}}须为整数',
  minimum: '{{label}}不能小于 {{n}}',
  maximum: '{{label}}不能大于 {{n}}',
  minItems: '{{label}}至少选择 {{n}} 项',
  maxItems: '{{label}}最多选择 {{n}} 项',
  pickDate: '请选择日期',
  pick: '请选择',
  pickMany: '可多选',
  tagsHint: '输入后按回车添加',
  yes: '是',
  no: '否',
  submit: '检查填写内容',
  unsupportedTitle: '以下字段无法显示',
  noFields: '表单中还没有字段。',
  listSep: '；',
  unsupportedItem: '{{name}}：{{reason}}',
  arrayItems: '数组的元素只支持字符串',
  unsupportedType: '不支持的类型“{{type}}”',
  typeMissing: '未填写',
  propertyNotObject: '属性定义应为对象',
  jsonError: 'JSON 格式错误：{{error}}',
  notObject: '在线表单定义须为 JSON Schema 对象（"type": "object"）',
};

const en: typeof zh = {
  required: 'Please fill in {{label}}',
  requiredChoice: 'Please select {{label}}',
  maxLength: '{{label}} must be at most {{n}} characters',
  minLength: '{{label}} must be at least {{n}} characters',
  pattern: '{{label}} is not in the right format',
  number: '{{label}} must be a number',
  integer: '{{label}} must be a whole number',
  minimum: '{{label}} must not be less than {{n}}',
  maximum: '{{label}} must not be more than {{n}}',
  minItems: 'Select at least {{n}} for {{label}}',
  maxItems: 'Select at most {{n}} for {{label}}',
  pickDate: 'Select a date',
  pick: 'Select',
  pickMany: 'Select one or more',
  tagsHint: 'Type and press Enter to add',
  yes: 'Yes',
  no: 'No',
  submit: 'Check the form',
  unsupportedTitle: 'These fields cannot be shown',
  noFields: 'The form has no fields yet.',
  listSep: '; ',
  unsupportedItem: '{{name}}: {{reason}}',
  arrayItems: 'Array items can only be strings',
  unsupportedType: 'Unsupported type "{{type}}"',
  typeMissing: 'not set',
  propertyNotObject: 'A property definition must be an object',
  jsonError: 'Invalid JSON: {{error}}',
  notObject: 'The online form definition must be a JSON Schema object ("type": "object")',
};

export type FormsKey = keyof typeof zh;
/** Looks up a forms text: `t` from useTranslation with the `forms.` prefix, or `zhText`. */
export type FormsText = (key: FormsKey, values?: Record<string, string | number>) => string;

/** Chinese texts without i18next (pure callers and tests); the app passes its own. */
export const zhText: FormsText = (key, values = {}) => zh[key].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

export default registerMessages('forms', { zh, en });
