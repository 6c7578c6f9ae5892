import { Space, Tag } from 'antd';
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
