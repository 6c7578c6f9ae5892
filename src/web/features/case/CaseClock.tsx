// The case's clocks on its page: the due dates with their warning level, and the ledger of
// pauses and the extension that moved them.
import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CasePage } from '../../../contract/case.ts';
import { levelColor } from './tags.tsx';

/** The clock's ledger: each §45 pause and the §42 extension that moved the due dates. */
export function ClockCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const { pauses, extensions, pausedWorkdays } = c.clock;
  if (!c.acceptedAt) return null;
  return (
    <Card title={t('clock')} size="small" data-testid="case-clock">
      {c.openTask && <OpenStep task={c.openTask} />}
      {pauses.length === 0 && extensions.length === 0 ? (
        <Typography.Text type="secondary">{t('clockEmpty')}</Typography.Text>
      ) : (
        <Space orientation="vertical" size={4}>
          {pauses.map((p, i) => (
            <span key={`p${i}`} data-testid="case-clock-pause">
              {t('pauseEntry', { kind: t(`pauseKinds.${p.kind}`), from: p.from, to: p.to ?? t('pauseOpen'), reason: p.reason })}
            </span>
          ))}
          {pausedWorkdays > 0 && (
            <Typography.Text type="secondary" data-testid="case-paused-workdays">
              {t('pausedWorkdays', { count: pausedWorkdays })}
            </Typography.Text>
          )}
          {extensions.map((e, i) => (
            <span key={`e${i}`} data-testid="case-clock-extension">
              {t('extensionEntry', { workdays: e.workdays, reason: e.reason, approver: e.approver })}
            </span>
          ))}
        </Space>
      )}
    </Card>
  );
}

export function Due({
  due,
  level,
  provisional,
  testId,
}: {
  due: string | null;
  level: CasePage['due']['promised']['level'];
  provisional: boolean;
  testId: string;
}) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <Space size={4} data-testid={testId}>
      <span>{due ?? '—'}</span>
      <Tag color={levelColor[level]} data-level={level}>
        {t(`levels.${level}`)}
      </Tag>
      {provisional && due && (
        <Tooltip title={t('provisionalHint')}>
          <Tag color="gold" data-testid={`${testId}-provisional`}>
            {t('provisional')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}

/** The open back-office step's own clock (decision 0033): its due date, level and how far pauses moved it. */
function OpenStep({ task }: { task: NonNullable<CasePage['openTask']> }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <Space size={4} wrap style={{ marginBottom: 8 }} data-testid="case-step-due">
      <span>{t('openStep', { n: task.stepIndex + 1, name: task.stepName })}</span>
      <span>{task.dueOn}</span>
      <Tag color={levelColor[task.level]} data-level={task.level}>
        {t(`levels.${task.level}`)}
      </Tag>
      {task.pausedWorkdays > 0 && <Typography.Text type="secondary">{t('stepMoved', { n: task.pausedWorkdays })}</Typography.Text>}
      {task.assigneeName && <Typography.Text type="secondary">{t('openStepHolder', { name: task.assigneeName })}</Typography.Text>}
    </Space>
  );
}
