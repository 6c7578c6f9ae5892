// What the catalog checks report. Errors block publishing; warnings are shown and recorded.
// Codes are stable (the console and import reports branch on them); messages are Chinese.

export const problemCodes = [
  'NAME_MISSING',
  'ITEM_TYPE_MISSING',
  'CASE_TYPE_MISSING',
  'LEVEL_MISSING',
  'LEGAL_BASIS_MISSING',
  'BODY_MISSING',
  'BODY_USCC_INVALID',
  'IMPLEMENTATION_CODE_MISSING',
  'IMPLEMENTATION_CODE_INVALID',
  'LIMIT_MISSING',
  'PROMISED_EXCEEDS_LEGAL',
  'PROMISED_NOT_SHORTENED',
  'LEGAL_LIMIT_NEEDS_BASIS',
  'INSTANT_NOT_INSTANT',
  'JOINT_DEPARTMENTS_MISSING',
  'ESCALATION_BODY_MISSING',
  'CONDITIONS_MISSING',
  'PROCESS_MISSING',
  'STEP_CONTACT_MISSING',
  'MATERIAL_INCOMPLETE',
  'VISITS_OVER_ONE',
  'CONTACT_MISSING',
  'RESULT_MISSING',
  'SERVICE_OBJECTS_MISSING',
  'CHANNELS_MISSING',
  'ONLINE_URL_MISSING',
  'FEE_INCOMPLETE',
  'THEMES_MISSING',
  'SITUATION_MATERIAL_UNKNOWN',
  'SITUATION_MATERIAL_CONFLICT',
  // 联办件 (decision 0034): a joint department not linked to a department of the center gets no sub-task
  'JOINT_DEPARTMENT_UNLINKED',
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export interface CatalogProblem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  /** The guide field at fault, as a path ('materials.2', 'process.0.phone'). */
  field: string;
  message: string;
}

export function errorsOf(problems: readonly CatalogProblem[]): CatalogProblem[] {
  return problems.filter((p) => p.severity === 'error');
}

export function warningsOf(problems: readonly CatalogProblem[]): CatalogProblem[] {
  return problems.filter((p) => p.severity === 'warning');
}
