// What a fee notice may ask for: only what the item's published rule (收费标准, pinned with the
// case's version) says. A line names one fee item of the rule and, for a per-unit item, how
// many units; the amount is computed here, never typed in. A client that states an amount
// other than the rule's is refused (FEE_OUTSIDE_RULE), so a notice can never drift from the
// published standard. Money is integer fen.
import type { Fee, FeeItem } from '../catalog/guide.ts';

export interface FeeLineRequest {
  /** The fee item's name exactly as the published guide lists it. */
  item: string;
  /** Units (per-unit items) or pieces (fixed items, each at the fixed amount); default 1. */
  quantity?: number | undefined;
  /** What the client expects the line to cost; refused when it differs from the rule. */
  amountFen?: number | undefined;
}

export interface FeeLine {
  item: string;
  quantity: number;
  unit: string;
  unitFen: number;
  amountFen: number;
}

export type FeeLineProblem =
  | { line: number; problem: 'notCharged' }
  | { line: number; problem: 'unknownItem'; item: string }
  | { line: number; problem: 'badQuantity'; quantity: number }
  | { line: number; problem: 'amountDiffers'; expectedFen: number; givenFen: number }
  | { line: number; problem: 'duplicateItem'; item: string };

export type FeeCheck = { ok: true; lines: FeeLine[]; totalFen: number } | { ok: false; problems: FeeLineProblem[] };

/** Largest quantity of one line: a guard against typos, far above any real count. */
export const MAX_FEE_QUANTITY = 9999;

/** The amount of `quantity` of one fee item: fixed × pieces, or per unit clamped to the item's min and max. */
export function lineAmountFen(item: FeeItem, quantity: number): number {
  if (item.kind === 'fixed') return item.amountFen * quantity;
  let fen = item.unitFen * quantity;
  if (item.minFen !== undefined) fen = Math.max(fen, item.minFen);
  if (item.maxFen !== undefined) fen = Math.min(fen, item.maxFen);
  return fen;
}

/** Check requested lines against the published rule and compute each line and the total. */
export function checkFeeLines(fee: Fee, requests: readonly FeeLineRequest[]): FeeCheck {
  if (!fee.charged || fee.items.length === 0) return { ok: false, problems: [{ line: 0, problem: 'notCharged' }] };
  const problems: FeeLineProblem[] = [];
  const lines: FeeLine[] = [];
  const seen = new Set<string>();
  requests.forEach((r, line) => {
    const item = fee.items.find((i) => i.name === r.item);
    if (!item) return void problems.push({ line, problem: 'unknownItem', item: r.item });
    if (seen.has(r.item)) return void problems.push({ line, problem: 'duplicateItem', item: r.item });
    seen.add(r.item);
    const quantity = r.quantity ?? 1;
    if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > MAX_FEE_QUANTITY) return void problems.push({ line, problem: 'badQuantity', quantity });
    const amountFen = lineAmountFen(item, quantity);
    if (r.amountFen !== undefined && r.amountFen !== amountFen) return void problems.push({ line, problem: 'amountDiffers', expectedFen: amountFen, givenFen: r.amountFen });
    lines.push({ item: item.name, quantity, unit: item.kind === 'fixed' ? '件' : item.unit, unitFen: item.kind === 'fixed' ? item.amountFen : item.unitFen, amountFen });
  });
  if (requests.length === 0) problems.push({ line: 0, problem: 'unknownItem', item: '' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, lines, totalFen: lines.reduce((s, l) => s + l.amountFen, 0) };
}

/** 12345 fen → "123.45" (元, two decimals as FACTS §D's 金额). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
