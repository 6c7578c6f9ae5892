// 上报件 on the case page (decision 0035): the badge in the header, and a card with the §43
// clock of the lower center, the link (both numbers and centers, the reason) and the whole
// timeline of both cases. A township reads the county's case only through this card.
import { Card, Descriptions, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import './escalation.messages.ts';
import { useCaseEscalation } from './escalation.api.ts';
import { Due } from './CaseClock.tsx';
import type { CaseState } from '../../../domain/case/states.ts';
import { stateColor } from './tags.tsx';

export function EscalationBadge({ id }: { id: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case.escalation' });
  const { data } = useCaseEscalation(id);
  if (!data?.link) return null;
  return (
    <Tag color="orange" data-testid="case-escalation-badge">
      {data.role === 'upper' ? t('badgeUpper', { number: data.link.origin.number }) : t('badgeOrigin', { center: data.link.upper.centerName })}
    </Tag>
  );
}

export function EscalationCard({ id }: { id: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const { data } = useCaseEscalation(id);
  if (!data || (!data.link && !data.lowerReview)) return null;
  const { link, lowerReview } = data;
  return (
    <Card title={t('escalation.title')} size="small" data-testid="case-escalation">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {lowerReview && (
          <div data-testid="case-lower-review">
            <Typography.Text type="secondary">{t('escalation.lowerReview')}</Typography.Text>
            <div>
              <Due due={lowerReview.due} level={lowerReview.level} provisional={false} testId="case-lower-review-due" />
              {lowerReview.forwardedOn && (
                <Space size={4}>
                  <span>{t('escalation.forwardedOn', { date: lowerReview.forwardedOn })}</span>
                  <Tag color={lowerReview.onTime ? 'green' : 'magenta'}>{lowerReview.onTime ? t('escalation.onTime') : t('escalation.late')}</Tag>
                </Space>
              )}
            </div>
          </div>
        )}
        {link && (
          <>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('escalation.origin')}>
                <span data-testid="case-escalation-origin">
                  {link.origin.centerName} · {link.origin.number}
                </span>{' '}
                <StateTagOf state={link.origin.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('escalation.upper')}>
                <span data-testid="case-escalation-upper">
                  {link.upper.centerName} · {link.upper.department} · {link.upper.number}
                </span>{' '}
                <StateTagOf state={link.upper.state} />
              </Descriptions.Item>
              <Descriptions.Item label={t('escalation.reason')}>{link.reason}</Descriptions.Item>
              <Descriptions.Item label={t('escalation.forwardedBy')}>
                {link.forwardedByName} · {formatDateTime(link.forwardedAt)}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{t('escalation.resultHere')}</Typography.Text>
            <Typography.Text strong>{t('escalation.linkedTimeline')}</Typography.Text>
            <Timeline
              data-testid="case-escalation-timeline"
              items={link.timeline.map((e) => ({
                key: `${e.side}-${e.seq}`,
                color: e.side === 'upper' ? 'orange' : 'blue',
                content: (
                  <>
                    <Tag>{e.centerName}</Tag>
                    <Typography.Text strong>{t(`actions.${e.action === 'create' ? 'created' : e.action}`, { defaultValue: e.label })}</Typography.Text> →{' '}
                    {t(`states.${e.toState}`)}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(e.at)} · {e.caseNumber} · {e.actorName ?? e.actorRole}
                    </Typography.Text>
                    {e.note && <div>{e.note}</div>}
                  </>
                ),
              }))}
            />
          </>
        )}
      </Space>
    </Card>
  );
}

/** The linked cases' states (the page's own state tag keeps its test id `case-state`). */
function StateTagOf({ state }: { state: CaseState }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <Tag color={stateColor[state]} data-testid={`case-escalation-state-${state}`}>
      {t(`states.${state}`)}
    </Tag>
  );
}
