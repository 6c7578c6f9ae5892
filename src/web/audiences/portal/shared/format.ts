// Guide values in the reader's language: code labels, limits, visits, money.
import { useTranslation } from 'react-i18next';
import { limitUnits } from '../../../../domain/catalog/code-tables.ts';
import type { FeeItem, TimeLimit } from '../../../../domain/catalog/guide.ts';

type Lang = 'zh' | 'en';
type Table = Record<string, { zh: string; en: string }>;

/** Integer fen as yuan: 2000 → "20", 1250 → "12.50". */
export function yuan(fen: number): string {
  const s = (fen / 100).toFixed(2);
  return s.endsWith('.00') ? s.slice(0, -3) : s;
}

export function useFormat() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const label = (table: Table, code: string) => table[code]?.[lang] ?? code;
  const limit = (l: Pick<TimeLimit, 'amount' | 'unit'> | null | undefined) => {
    if (!l) return '—';
    if (l.unit === 'instant') return t('portal.limit.instant');
    return t('portal.limit.amount', { amount: l.amount, unit: limitUnits[l.unit][lang] });
  };
  const visits = (n: number) => (n === 0 ? t('portal.item.visits0') : n === 1 ? t('portal.item.visits1') : t('portal.item.visitsN', { count: n }));
  const money = (fen: number) => t('portal.guide.fee.yuan', { amount: yuan(fen) });
  const fee = (item: FeeItem) => {
    if (item.kind === 'fixed') return `${item.name}：${money(item.amountFen)}`;
    const bounds = [
      item.minFen !== undefined ? t('portal.guide.fee.min', { amount: yuan(item.minFen) }) : '',
      item.maxFen !== undefined ? t('portal.guide.fee.max', { amount: yuan(item.maxFen) }) : '',
    ].filter(Boolean);
    return `${item.name}：${t('portal.guide.fee.perUnit', { unit: item.unit, amount: yuan(item.unitFen) })}${bounds.length ? `（${bounds.join(lang === 'zh' ? '，' : ', ')}）` : ''}`;
  };
  return { lang, label, limit, visits, money, fee };
}
