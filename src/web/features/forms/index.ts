// JSON Schema online forms (在线表单), shared by the console and the portal.
export { SchemaForm, type SchemaFormProps } from './SchemaForm.tsx';
export { formModelOf, parseFormDefinition, type FieldSpec, type FormModel, type JsonSchema } from './schema.ts';
export { formValueOf, rulesOf } from './rules.ts';
