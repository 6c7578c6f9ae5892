// Rules on an item's legal and promised time limits (FACTS.md §E).
import { limitUnits, type CaseType } from './code-tables.ts';
import type { TimeLimit } from './guide.ts';
import type { CatalogProblem } from './problems.ts';

/** The county plans ask promised limits to be at least 30% shorter than the legal ones. */
export const DEFAULT_PROMISED_REDUCTION = 0.3;

/** 行政许可法 §42: 20 working days, 45 for joint or unified handling (§26). */
export const DEFAULT_LAW_LIMITS = { standard: 20, joint: 45 } as const;
export type LawLimits = { standard: number; joint: number };

// Comparing limits in different units needs one scale. A calendar week has five working
// days; holidays make the real ratio a little lower, which only matters for a warning.
const WORKDAYS_PER_NATURAL_DAY = 5 / 7;
const EPSILON = 1e-9;

/** A limit as (approximate) working days; 即办 is 0. */
export function limitInWorkdays(limit: Pick<TimeLimit, 'amount' | 'unit'>): number {
  switch (limit.unit) {
    case 'instant':
      return 0;
    case 'workday':
      return limit.amount;
    case 'naturalDay':
      return limit.amount * WORKDAYS_PER_NATURAL_DAY;
  }
}

export function formatLimit(limit: Pick<TimeLimit, 'amount' | 'unit'>): string {
  return limit.unit === 'instant' ? '即办' : `${limit.amount}${limitUnits[limit.unit].zh}`;
}

/** How much shorter the promised limit is, as a share of the legal one (0.3 = 30% shorter). */
export function promisedReduction(legal: Pick<TimeLimit, 'amount' | 'unit'>, promised: Pick<TimeLimit, 'amount' | 'unit'>): number {
  const l = limitInWorkdays(legal);
  if (l === 0) return limitInWorkdays(promised) === 0 ? 1 : -Infinity;
  return (l - limitInWorkdays(promised)) / l;
}

/**
 * The promised limit may never exceed the legal one (error) and should be at least
 * `threshold` shorter (warning: the rule is local policy, not law).
 */
export function checkPromisedLimit(
  legal: Pick<TimeLimit, 'amount' | 'unit'>,
  promised: Pick<TimeLimit, 'amount' | 'unit'>,
  threshold = DEFAULT_PROMISED_REDUCTION,
): CatalogProblem[] {
  const reduction = promisedReduction(legal, promised);
  if (reduction < -EPSILON) {
    return [{ code: 'PROMISED_EXCEEDS_LEGAL', severity: 'error', field: 'promisedLimit', message: `承诺办结时限（${formatLimit(promised)}）不得超过法定办结时限（${formatLimit(legal)}）` }];
  }
  if (reduction + EPSILON < threshold) {
    const pct = Math.round(Math.max(reduction, 0) * 100);
    return [
      {
        code: 'PROMISED_NOT_SHORTENED',
        severity: 'warning',
        field: 'promisedLimit',
        message: `承诺办结时限（${formatLimit(promised)}）仅比法定时限（${formatLimit(legal)}）压缩 ${pct}%，未达到压缩 ${Math.round(threshold * 100)}% 的要求`,
      },
    ];
  }
  return [];
}

/**
 * A legal limit longer than 行政许可法's default must cite the law that sets it
 * (e.g. 不动产登记暂行条例 §20: 30 working days); `legalBasis` is that citation.
 */
export function checkLegalLimit(
  legal: Pick<TimeLimit, 'amount' | 'unit'>,
  caseType: CaseType,
  legalBasis: string | null | undefined,
  law: LawLimits = DEFAULT_LAW_LIMITS,
): CatalogProblem[] {
  const max = caseType === 'joint' ? law.joint : law.standard;
  if (limitInWorkdays(legal) <= max + EPSILON || (legalBasis ?? '').trim() !== '') return [];
  return [
    {
      code: 'LEGAL_LIMIT_NEEDS_BASIS',
      severity: 'error',
      field: 'legalLimit.note',
      message: `法定办结时限（${formatLimit(legal)}）超过行政许可法规定的 ${max} 个工作日，须在时限说明中写明设定该时限的法律法规依据`,
    },
  ];
}
