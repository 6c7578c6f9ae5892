import { DesktopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Row, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.ts';
import { useHallCategories, useLiveBoard } from '../../../features/hall/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { useRefreshWindow, useWindowAction, useWindowView, type OrgWindow, type WindowAction } from './api.ts';
import { CurrentTicket } from './CurrentTicket.tsx';
import { ReasonModal } from './ReasonModal.tsx';
import { TicketLists } from './TicketLists.tsx';
import { TransferModal } from './TransferModal.tsx';
import { DEFAULT_RECALL_SECONDS, useRecallCountdown } from './useRecallCountdown.ts';

const statusColor = { open: 'green', paused: 'red', closed: 'default' } as const;

/** One window's calling panel: the visitor at the counter and the buttons, the queue, pause and reopen. */
export function QueuePanel({ window: w, options, onChoose }: { window: OrgWindow; options: OrgWindow[]; onChoose: (id: string) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.queue' });
  const { message } = App.useApp();
  const view = useWindowView(w.id);
  const act = useWindowAction(w.id);
  const refresh = useRefreshWindow(w.id);
  const { board } = useLiveBoard(w.centerId, { onChange: refresh });
  const categories = useHallCategories(w.centerId);
  const [dialog, setDialog] = useState<'transfer' | 'park' | 'pause'>();
  const [recallLimit, setRecallLimit] = useState({ interval: DEFAULT_RECALL_SECONDS, until: 0 });
  const v = view.data;
  const recallIn = useRecallCountdown(v?.current?.lastCalledAt, v?.rules.recallIntervalSeconds ?? recallLimit.interval, recallLimit.until);
  const categoryName = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '';

  /** Runs one button; the server's refusal is shown in its own words, and rethrown for dialogs to stay open. */
  const run = async (action: WindowAction, body?: unknown, success?: (number: string) => string) => {
    try {
      const r = await act.mutateAsync({ action, body });
      if (action === 'finish-and-call-next')
        message[r.ticket ? 'success' : 'info'](
          [r.finished && t('done', { number: r.finished.number }), r.ticket ? t('called', { number: r.ticket.number }) : t('nobodyWaiting')]
            .filter(Boolean)
            .join('，'),
        );
      else if (action === 'call-next' && !r.ticket) message.info(t('nobodyWaiting'));
      else if (success) message.success(success(r.ticket?.number ?? v?.current?.number ?? ''));
      return r;
    } catch (err) {
      if (err instanceof ApiError && err.body.code === 'QUEUE_RECALL_TOO_SOON') {
        const d = err.body.details as { retryAfterSeconds?: number; intervalSeconds?: number } | undefined;
        setRecallLimit({ interval: d?.intervalSeconds ?? recallLimit.interval, until: Date.now() + (d?.retryAfterSeconds ?? 0) * 1000 });
      }
      message.error(errorText(err, t('title')));
      throw err;
    }
  };
  const click = (action: WindowAction) => {
    const success = {
      'call-next': (n: string) => t('called', { number: n }),
      recall: (n: string) => t('called', { number: n }),
      finish: (n: string) => t('done', { number: n }),
    } as Partial<Record<WindowAction, (n: string) => string>>;
    run(action, undefined, success[action]).catch(() => undefined);
  };

  if (view.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  const paused = v?.session.status === 'paused';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large" style={{ width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Typography.Text strong>{t('window')}</Typography.Text>
            <Select
              value={w.id}
              onChange={onChoose}
              style={{ minWidth: 260 }}
              options={options.map((o) => ({ value: o.id, label: t('windowLabel', { number: o.number, name: o.name }) }))}
              data-testid="queue-window"
            />
            {v && (
              <Tag color={statusColor[v.session.status]} data-testid="queue-window-status">
                {t(`status.${v.session.status}`)}
              </Tag>
            )}
            {paused && v.session.pauseReason && (
              <Typography.Text type="danger">{t('pausedBecause', { reason: v.session.pauseReason })}</Typography.Text>
            )}
            {v?.actingAs === 'manager' && <Tag color="purple">{t('actingAsManager')}</Tag>}
            {/* The screen facing the visitor is often this computer's second monitor: open it there. */}
            <Typography.Link
              href={`/display/window?${new URLSearchParams({ center: w.centerId, window: w.id })}`}
              target="_blank"
              data-testid="queue-window-screen"
            >
              <DesktopOutlined /> {t('windowScreen')}
            </Typography.Link>
          </Space>
          {v &&
            (paused ? (
              <Button
                type="primary"
                onClick={() => run('reopen', undefined, () => t('reopened')).catch(() => undefined)}
                data-testid="queue-reopen"
              >
                {t('reopen')}
              </Button>
            ) : (
              <Button onClick={() => setDialog('pause')} data-testid="queue-pause">
                {t('pause')}
              </Button>
            ))}
        </Space>
      </Card>
      {view.error && <Alert type="error" showIcon title={errorText(view.error, t('title'))} data-testid="queue-error" />}
      {v && (
        <Row gutter={16}>
          <Col span={13}>
            <CurrentTicket
              ticket={v.current}
              categoryName={categoryName}
              actingAs={v.actingAs}
              paused={paused}
              busy={act.isPending}
              recallIn={recallIn}
              noShowAfterCalls={v.rules.noShowAfterCalls}
              onAction={click}
              onTransfer={() => setDialog('transfer')}
              onPark={() => setDialog('park')}
            />
          </Col>
          <Col span={11}>
            <TicketLists
              waiting={v.waiting}
              parked={v.parked}
              categoryName={categoryName}
              canCall={!v.current && !paused}
              busy={act.isPending}
              onCall={(tk) => run('call', { ticketId: tk.id }, (n) => t('called', { number: n })).catch(() => undefined)}
              onResume={(tk) => run('resume', { ticketId: tk.id }, () => t('resumed', { number: tk.number })).catch(() => undefined)}
            />
          </Col>
        </Row>
      )}
      {dialog === 'transfer' && v?.current && (
        <TransferModal
          number={v.current.number}
          currentCategoryId={v.current.queueCategoryId}
          categories={categories.data ?? []}
          windows={board?.windows ?? []}
          ownWindowId={w.id}
          onClose={() => setDialog(undefined)}
          onSubmit={(body) => run('transfer', body, (n) => t('transferred', { number: n }))}
        />
      )}
      {dialog === 'park' && v?.current && (
        <ReasonModal
          title={t('parkTitle', { number: v.current.number })}
          hint={t('parkHint')}
          required={false}
          onClose={() => setDialog(undefined)}
          onSubmit={(reason) => run('park', { reason }, (n) => t('parked', { number: n }))}
        />
      )}
      {dialog === 'pause' && (
        <ReasonModal
          title={t('pauseTitle')}
          hint={t('pauseHint')}
          required
          suggestions={t('pauseReasons', { returnObjects: true }) as string[]}
          onClose={() => setDialog(undefined)}
          onSubmit={(reason) => run('pause', { reason }, () => t('paused'))}
        />
      )}
    </Space>
  );
}
