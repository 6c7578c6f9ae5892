import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  caseTypes,
  labelOf,
  limitUnits,
  versionStateLabels,
  type CaseType,
  type TimeLimit,
  type VersionState,
} from '../../../../domain/catalog/index.ts';
import { useLang, type Lang } from '../shared/lang.ts';

// Code tables carry their own zh/en labels (src/domain/catalog/code-tables.ts): the console
// reads them from there, so a code never shows under two names.

type Table = Parameters<typeof labelOf>[0];

/** A code table's options for a Select, labelled in the user's language. */
export function optionsOf(table: Table, lang: Lang) {
  return Object.entries(table).map(([value, l]) => ({ value, label: l[lang] }));
}

export function useLabel() {
  const lang = useLang();
  return (table: Table, code: string | null | undefined) => (code ? labelOf(table, code, lang) : '—');
}

/** "10 个工作日" / "10 working days" / "即办"; '—' for none. */
export function formatLimitIn(limit: Pick<TimeLimit, 'amount' | 'unit'> | null | undefined, lang: Lang): string {
  if (!limit) return '—';
  if (limit.unit === 'instant') return limitUnits.instant[lang];
  return lang === 'en' ? `${limit.amount} ${limitUnits[limit.unit].en}` : `${limit.amount}${limitUnits[limit.unit].zh}`;
}

export function useFormatLimit() {
  const lang = useLang();
  return (limit: Pick<TimeLimit, 'amount' | 'unit'> | null | undefined) => formatLimitIn(limit, lang);
}

/** "：" after a label in Chinese, ": " in English. */
export function useColon() {
  return useLang() === 'en' ? ': ' : '：';
}

/** Integer fen as yuan with two decimals ("¥12.50"). */
export function yuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : `¥${(fen / 100).toFixed(2)}`;
}

const caseTypeColors = { instant: 'green', promised: 'blue', joint: 'purple', escalated: 'orange' } as const satisfies Record<
  CaseType,
  string
>;

/** 即办 / 承诺 / 联办 / 上报 as a coloured tag (the short form of 即办件 …). */
export function CaseTypeTag({ type }: { type: CaseType }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Tag color={caseTypeColors[type]} title={caseTypes[type][lang]}>
      {t(`console.catalog.caseTypeShort.${type}`)}
    </Tag>
  );
}

const stateColors = { draft: 'gold', published: 'green', retired: 'default' } as const satisfies Record<VersionState, string>;

export function VersionStateTag({ state, versionNo }: { state: VersionState; versionNo?: number }) {
  const lang = useLang();
  return (
    <Tag color={stateColors[state]} data-state={state}>
      {versionStateLabels[state][lang]}
      {versionNo !== undefined ? ` · v${versionNo}` : ''}
    </Tag>
  );
}
