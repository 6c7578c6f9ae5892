import { Button, Card, Descriptions, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { hasPermission, useMe } from '../../../features/session/index.ts';
import { actionsFor, priorityLabels, type TicketAction } from '../../../../domain/queue/index.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { StaffTicket, WindowAction } from './api.ts';

interface Props {
  ticket: StaffTicket | null;
  categoryName: (id: string) => string;
  actingAs: 'window' | 'manager';
  paused: boolean;
  busy: boolean;
  recallIn: number;
  /** Calls needed before 过号 (the hall's setting); the button says how many are left. */
  noShowAfterCalls: number;
  onAction: (action: WindowAction) => void;
  onTransfer: () => void;
  onPark: () => void;
}

/**
 * The visitor at the counter, big enough to read out, and the window's buttons. A button is
 * offered only when the ticket's state allows it (the same transition table the server
 * enforces); 叫号 only when the window is free and open.
 */
export function CurrentTicket({
  ticket,
  categoryName,
  actingAs,
  paused,
  busy,
  recallIn,
  noShowAfterCalls,
  onAction,
  onTransfer,
  onPark,
}: Props) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const en = i18n.language?.startsWith('en');
  const navigate = useNavigate();
  const me = useMe().data;
  const mayIntake = !!me && hasPermission(me, 'case.intake');
  const allowed = new Set<TicketAction>(ticket ? actionsFor(ticket.state, actingAs) : []);
  // Eight buttons in a 4 × 2 grid: wrapping them freely left 挂起 alone on a third row.
  const big = { height: 56, fontSize: 17, width: '100%', whiteSpace: 'normal', lineHeight: 1.2, paddingInline: 8 } as const;
  const noShowLeft = ticket ? Math.max(0, noShowAfterCalls - ticket.calledCount) : 0;
  const button = (action: WindowAction, can: TicketAction, label: string, extra: object = {}) => (
    <Button
      size="large"
      style={big}
      disabled={busy || !allowed.has(can)}
      onClick={() => onAction(action)}
      data-testid={`queue-${action}`}
      {...extra}
    >
      {label}
    </Button>
  );
  return (
    <Card title={t('current')}>
      {ticket ? (
        <div style={{ display: 'flex', gap: 32, alignItems: 'center', marginBottom: 24 }}>
          <div
            style={{ fontSize: 88, fontWeight: 800, lineHeight: 1, color: '#1f5fbf', fontVariantNumeric: 'tabular-nums' }}
            data-testid="queue-current-number"
          >
            {ticket.number}
          </div>
          <div style={{ flex: 1 }}>
            <Space wrap style={{ marginBottom: 8 }}>
              <Tag
                color={ticket.state === 'serving' ? 'green' : 'orange'}
                style={{ fontSize: 15, padding: '2px 10px' }}
                data-testid="queue-current-state"
              >
                {t(`states.${ticket.state}`)}
              </Tag>
              <span style={{ fontSize: 18, fontWeight: 600 }}>{categoryName(ticket.queueCategoryId)}</span>
              {ticket.priority !== 'normal' && <Tag color="green">{priorityLabels[ticket.priority][en ? 'en' : 'zh']}</Tag>}
            </Space>
            <Descriptions size="small" column={2}>
              <Descriptions.Item label={t('callCount')}>
                <span data-testid="queue-called-count">{ticket.calledCount}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('takenAt')}>{formatDateTime(ticket.createdAt)}</Descriptions.Item>
              {ticket.phone && <Descriptions.Item label={t('phone')}>{ticket.phone}</Descriptions.Item>}
              {ticket.idCard && <Descriptions.Item label={t('idCard')}>{ticket.idCard}</Descriptions.Item>}
            </Descriptions>
            {/* 受理办件: the intake screen carries the ticket, so the cases it produces are linked to it.
                Beside the ticket, not in the button grid: the grid keeps its two rows of four. */}
            {mayIntake && (ticket.state === 'serving' || ticket.state === 'called') && (
              <Button
                type="primary"
                size="large"
                onClick={() => navigate(`/workbench/intake?ticket=${ticket.id}&ticketNumber=${encodeURIComponent(ticket.number)}`)}
                data-testid="queue-intake"
              >
                {t('intake')}
              </Button>
            )}
          </div>
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('idle')} style={{ margin: '8px 0 24px' }} />
      )}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gap: 12 }} data-testid="queue-actions">
        <Button
          type="primary"
          size="large"
          style={big}
          disabled={busy || !!ticket || paused}
          onClick={() => onAction('call-next')}
          data-testid="queue-call-next"
        >
          {t('callNext')}
        </Button>
        {/* The 呼叫器's "next" key: one press per visitor, for clerks who do not time service separately. */}
        <Button
          type="primary"
          size="large"
          style={big}
          disabled={busy || !ticket || paused || !allowed.has('finish')}
          onClick={() => onAction('finish-and-call-next')}
          data-testid="queue-finish-and-call-next"
        >
          {t('finishAndCallNext')}
        </Button>
        {button('recall', 'recall', recallIn > 0 ? t('recallIn', { count: recallIn }) : t('recall'), {
          disabled: busy || !allowed.has('recall') || recallIn > 0,
        })}
        {button('start', 'start', t('start'))}
        {button('finish', 'finish', t('finish'), { type: 'primary', ghost: true })}
        {button('no-show', 'no_show', noShowLeft > 0 ? t('noShowAfter', { count: noShowLeft }) : t('noShow'), {
          danger: true,
          disabled: busy || !allowed.has('no_show') || noShowLeft > 0,
        })}
        <Button size="large" style={big} disabled={busy || !allowed.has('transfer')} onClick={onTransfer} data-testid="queue-transfer">
          {t('transfer')}
        </Button>
        <Button size="large" style={big} disabled={busy || !allowed.has('park')} onClick={onPark} data-testid="queue-park">
          {t('park')}
        </Button>
      </div>
    </Card>
  );
}
