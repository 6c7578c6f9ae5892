import { Popover, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../../contract/case.ts';
import type { CaseState } from '../../../domain/case/states.ts';

export const stateColor: Record<CaseState, string> = {
  draft: 'default',
  received: 'blue',
  accepted: 'cyan',
  in_review: 'geekblue',
  decided_approved: 'green',
  decided_refused: 'volcano',
  not_accepted: 'red',
  stopped: 'red',
  withdrawn: 'default',
  revoked: 'magenta',
  concluded: 'green',
  archived: 'default',
  escalated: 'orange', // 上报件 (decision 0035)
};

/** The domain clock's warning levels as colours (黄牌/红牌 as the supervision rules name them). */
export const levelColor: Record<CasePage['due']['promised']['level'], string> = {
  normal: 'green',
  yellow: 'gold',
  red: 'red',
  overdue: 'magenta',
  paused: 'default',
  none: 'default',
};

export function StateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <Tag color={stateColor[state]} data-testid="case-state">
      {t(`states.${state}`)}
    </Tag>
  );
}

export function FlagTags({ flags }: { flags: CasePage['flags'] }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const on = (Object.keys(flags) as (keyof CasePage['flags'])[]).filter((k) => flags[k]);
  return (
    <Space size={4}>
      {on.map((k) => (
        <Tag key={k} color="orange" data-testid={`case-flag-${k}`}>
          {t(`flags.${k}`)}
        </Tag>
      ))}
    </Space>
  );
}

type Level = CasePage['due']['promised']['level'];
const legendOrder: Level[] = ['normal', 'yellow', 'red', 'overdue', 'paused', 'none'];

/** One warning level as its coloured tag; null (no running clock) as 'none'. */
export function LevelTag({ level, testId }: { level: Level | null; testId?: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const l = level ?? 'none';
  return (
    <Tag color={levelColor[l]} data-testid={testId} data-level={l}>
      {t(`levels.${l}`)}
    </Tag>
  );
}

/** 预警说明: what each colour means, beside every place the colours appear. */
export function WarningLegend({ yellowDays = 1, inline = false }: { yellowDays?: number; inline?: boolean }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const rows = (
    <Space orientation="vertical" size={2} data-testid="warning-legend">
      {legendOrder.map((l) => (
        <Space key={l} size={6}>
          <Tag color={levelColor[l]} style={{ minWidth: 64, textAlign: 'center' }}>
            {t(`levels.${l}`)}
          </Tag>
          <Typography.Text type="secondary">{t(`legend.${l}`, { days: yellowDays })}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
  if (inline) return rows;
  return (
    <Popover title={t('legendTitle')} content={rows} trigger={['hover', 'click']}>
      <Typography.Link data-testid="warning-legend-link">{t('legendTitle')}</Typography.Link>
    </Popover>
  );
}
