// JSON Schema online forms (在线表单), shared by the console and the portal.
export { SchemaForm, useFormsText, type SchemaFormProps } from './SchemaForm.tsx';
export { zhText, type FormsText } from './messages.ts';
export { formModelOf, parseFormDefinition, type FieldSpec, type FormModel, type JsonSchema } from './schema.ts';
export { formValueOf, formValueText, rulesOf } from './rules.ts';
