// /workbench/online-reviews/:id — one online application at the window's pre-review: the
// applicant, each item's form and 情形, each material's files (images shown, PDFs opened), the
// history; 受理 (it becomes a case with the window's numbering and notice), 一次性补正, 不予受理.
import { ArrowLeftOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Image, Input, Modal, Result, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { onlineActionLabels } from '../../../../domain/online/index.ts';
import { formModelOf, formValueText, useFormsText, type JsonSchema } from '../../../features/forms/index.ts';
import { LevelTag } from '../../../features/case/index.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { reviewFileUrl, useAccept, useRefuse, useRequestCorrection, useReview, type OnlineAcceptResult, type OnlineApplicationDetail } from './api.ts';
import './messages.ts';

type Item = OnlineApplicationDetail['itemsDetail'][number];

function FormData({ item }: { item: Item }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const ft = useFormsText();
  const answered = item.situations.flatMap((q) => {
    const o = q.options.find((x) => x.id === item.situationAnswers[q.id]);
    return o ? [[q.question, o.label] as const] : [];
  });
  const fields = item.formSchema ? formModelOf(item.formSchema as JsonSchema, ft).fields : [];
  return (
    <>
      {answered.length > 0 && (
        <Descriptions size="small" column={1} bordered title={t('situations')} style={{ marginBottom: 12 }}>
          {answered.map(([q, a]) => (
            <Descriptions.Item key={q} label={q}>
              {a}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {fields.length === 0 ? (
        <Typography.Text type="secondary">{t('noForm')}</Typography.Text>
      ) : (
        <Descriptions size="small" column={2} bordered title={t('form')} data-testid="online-review-form">
          {fields.map((f) => (
            <Descriptions.Item key={f.name} label={f.label}>
              {formValueText(item.formData[f.name], ft)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </>
  );
}

function Materials({ app, item }: { app: OnlineApplicationDetail; item: Item }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }} data-testid="online-review-materials">
      <Typography.Text strong>{t('materials')}</Typography.Text>
      {item.materials.map((m) => {
        const files = app.files.filter((f) => f.itemId === item.itemId && f.materialId === m.materialId);
        return (
          <Card key={m.materialId} size="small" data-testid="online-review-material" data-material-id={m.materialId}>
            <Space wrap>
              <Typography.Text strong>{m.name}</Typography.Text>
              <Tag color={m.required ? 'red' : 'default'}>{m.required ? t('required') : t('optional')}</Tag>
              {m.status === 'not_applicable' && <Tag>{t('notApplicable')}</Tag>}
              {m.correction && <Tag color="orange">{t('correctionAsked', { reason: m.correction })}</Tag>}
            </Space>
            <div style={{ marginTop: 8 }}>
              {files.length === 0 ? (
                <Typography.Text type="secondary">{m.status === 'not_applicable' ? '' : t('noFiles')}</Typography.Text>
              ) : (
                <Image.PreviewGroup>
                  <Space wrap align="start">
                    {files.map((f) => (
                      <div key={f.id} style={{ width: 140 }} data-testid="online-review-file">
                        {f.mime.startsWith('image/') ? (
                          <Image src={reviewFileUrl(app.id, f.id)} alt={f.name} width={140} height={100} style={{ objectFit: 'cover' }} />
                        ) : (
                          <a href={reviewFileUrl(app.id, f.id)} target="_blank" rel="noreferrer">
                            <FilePdfOutlined style={{ fontSize: 40 }} /> {t('openPdf')}
                          </a>
                        )}
                        <Typography.Text ellipsis style={{ display: 'block', fontSize: 12 }} title={f.name}>
                          {f.name}
                        </Typography.Text>
                        {f.reusedFrom && <Tag color="green">{t('reused')}</Tag>}
                      </div>
                    ))}
                  </Space>
                </Image.PreviewGroup>
              )}
            </div>
          </Card>
        );
      })}
    </Space>
  );
}

function AcceptedModal({ result, onClose }: { result: OnlineAcceptResult; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  return (
    <Modal open title={t('accepted')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('done')}</Button>}>
      <Result status="success" title={t('accepted')} subTitle={t('acceptedText')} style={{ padding: 12 }} />
      {result.cases.map((c) => (
        <Descriptions key={c.id} size="small" column={1} bordered style={{ marginBottom: 8 }} title={c.itemName}>
          <Descriptions.Item label={t('caseNumber')}>
            <span data-testid="online-accepted-number">{c.number}</span>
          </Descriptions.Item>
          {c.due && (
            <Descriptions.Item label={t('caseDue')}>
              <span data-testid="online-accepted-due">{c.due}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label="">
            <Link to={`/workbench/cases/${c.id}`} data-testid="online-accepted-case">
              {t('openCase')}
            </Link>
          </Descriptions.Item>
        </Descriptions>
      ))}
    </Modal>
  );
}

interface CorrectionRow {
  key: string;
  itemId: string;
  materialId: string;
  name: string;
  picked: boolean;
  reason: string;
}

function CorrectionModal({ app, onClose }: { app: OnlineApplicationDetail; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const ask = useRequestCorrection(app.id);
  const [rows, setRows] = useState<CorrectionRow[]>(() =>
    app.itemsDetail.flatMap((i) =>
      i.materials
        .filter((m) => m.status !== 'not_applicable')
        .map((m) => ({ key: `${i.itemId}/${m.materialId}`, itemId: i.itemId, materialId: m.materialId, name: app.itemsDetail.length > 1 ? `${i.itemName} · ${m.name}` : m.name, picked: false, reason: '' })),
    ),
  );
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const set = (key: string, patch: Partial<CorrectionRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const send = async () => {
    const picked = rows.filter((r) => r.picked);
    if (picked.length === 0) return setProblem(t('correctionPick'));
    if (picked.some((r) => !r.reason.trim())) return setProblem(t('correctionReasonRequired'));
    setProblem(null);
    await ask.mutateAsync({ materials: picked.map((r) => ({ itemId: r.itemId, materialId: r.materialId, reason: r.reason.trim() })), ...(note.trim() ? { note: note.trim() } : {}) });
    onClose();
  };
  return (
    <Modal open width={640} title={t('correction')} onCancel={onClose} okText={t('send')} cancelText={t('cancel')} onOk={() => send().catch(() => {})} confirmLoading={ask.isPending} okButtonProps={{ 'data-testid': 'online-correction-send' } as never}>
      <Typography.Paragraph type="secondary">{t('correctionHint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="online-correction">
        {rows.map((r) => (
          <div key={r.key}>
            <Checkbox checked={r.picked} onChange={(e) => set(r.key, { picked: e.target.checked })} data-testid="online-correction-pick" data-material-id={r.materialId}>
              {r.name}
            </Checkbox>
            {r.picked && (
              <Input
                style={{ marginTop: 4 }}
                placeholder={t('correctionReason')}
                aria-label={`${r.name} ${t('correctionReason')}`}
                maxLength={500}
                value={r.reason}
                onChange={(e) => set(r.key, { reason: e.target.value })}
                data-testid="online-correction-reason"
                data-material-id={r.materialId}
              />
            )}
          </div>
        ))}
        <Form.Item label={t('note')} layout="vertical" style={{ marginBottom: 0 }}>
          <Input.TextArea rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} data-testid="online-correction-note" />
        </Form.Item>
        {problem && <Alert type="warning" showIcon title={problem} />}
        <ErrorAlert error={ask.error} />
      </Space>
    </Modal>
  );
}

function RefuseModal({ app, onClose }: { app: OnlineApplicationDetail; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const refuse = useRefuse(app.id);
  const [reasons, setReasons] = useState('');
  const [problem, setProblem] = useState(false);
  const send = async () => {
    if (!reasons.trim()) return setProblem(true);
    await refuse.mutateAsync(reasons.trim());
    onClose();
  };
  return (
    <Modal open title={t('refuse')} onCancel={onClose} okText={t('refuse')} okButtonProps={{ danger: true, 'data-testid': 'online-refuse-send' } as never} cancelText={t('cancel')} onOk={() => send().catch(() => {})} confirmLoading={refuse.isPending}>
      <Typography.Paragraph type="secondary">{t('refuseHint')}</Typography.Paragraph>
      <Input.TextArea rows={4} maxLength={2000} aria-label={t('reasons')} value={reasons} onChange={(e) => setReasons(e.target.value)} status={problem ? 'error' : undefined} data-testid="online-refuse-reasons" />
      {problem && <Alert style={{ marginTop: 8 }} type="warning" showIcon title={t('reasonsRequired')} />}
      <ErrorAlert error={refuse.error} style={{ marginTop: 8 }} />
    </Modal>
  );
}

function Actions({ app }: { app: OnlineApplicationDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const accept = useAccept(app.id);
  const { modal } = App.useApp();
  const [open, setOpen] = useState<'correction' | 'refuse' | null>(null);
  const [result, setResult] = useState<OnlineAcceptResult | null>(null);
  const can = (a: OnlineApplicationDetail['allowedActions'][number]) => app.allowedActions.includes(a);
  const doAccept = () =>
    modal.confirm({
      title: t('accept'),
      content: t('acceptConfirm'),
      okText: t('accept'),
      cancelText: t('cancel'),
      okButtonProps: { 'data-testid': 'online-accept-confirm' } as never,
      onOk: () => accept.mutateAsync().then(setResult),
    });
  return (
    <>
      <Space wrap data-testid="online-review-actions">
        {can('review.accept') && (
          <Button type="primary" onClick={doAccept} loading={accept.isPending} data-testid="online-accept">
            {t('accept')}
          </Button>
        )}
        {can('review.request_correction') && (
          <Button onClick={() => setOpen('correction')} data-testid="online-correction-open">
            {t('correction')}
          </Button>
        )}
        {app.status === 'submitted' && !can('review.request_correction') && app.correctionRounds > 0 && <Typography.Text type="secondary">{t('correctionOnce')}</Typography.Text>}
        {can('review.refuse') && (
          <Button danger onClick={() => setOpen('refuse')} data-testid="online-refuse-open">
            {t('refuse')}
          </Button>
        )}
      </Space>
      <ErrorAlert error={accept.error} style={{ marginTop: 8 }} />
      {open === 'correction' && <CorrectionModal app={app} onClose={() => setOpen(null)} />}
      {open === 'refuse' && <RefuseModal app={app} onClose={() => setOpen(null)} />}
      {result && <AcceptedModal result={result} onClose={() => setResult(null)} />}
    </>
  );
}

export function ReviewPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'workbench.online' });
  const lang = i18n.language?.startsWith('en') ? 'en' : 'zh';
  const { id = '' } = useParams();
  const q = useReview(id);
  if (q.isPending) return <Skeleton active />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const app = q.data;
  const a = app.applicant;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="online-review" data-status={app.status}>
      <Link to="/workbench/online-reviews">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Card
        title={
          <Space wrap>
            {app.items.map((i) => i.itemName).join('、')}
            {app.bundleId && <Tag color="purple" data-testid="online-review-bundle">{t('bundle')}</Tag>}
            <Tag color={app.status === 'submitted' ? 'blue' : app.status === 'accepted' ? 'green' : app.status === 'refused' ? 'red' : 'orange'} data-testid="online-review-status">
              {t(`statuses.${app.status}`)}
            </Tag>
            {app.review && app.status === 'submitted' && (
              <>
                <span>
                  {t('due')} {app.review.due}
                </span>
                <LevelTag level={app.review.level} />
              </>
            )}
          </Space>
        }
        extra={<Actions app={app} />}
      >
        <Descriptions size="small" column={3} bordered title={t('applicantTitle')}>
          <Descriptions.Item label={t('applicant')}>{a?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('idNumber')}>{a?.idNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('phone')}>{a?.phone ?? '—'}</Descriptions.Item>
          {a?.agentName && <Descriptions.Item label={t('agent')}>{a.agentName}</Descriptions.Item>}
          <Descriptions.Item label={t('submittedAt')}>{formatDateTime(app.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('center')}>{app.centerName}</Descriptions.Item>
          <Descriptions.Item label={t('delivery')}>
            {app.delivery ? t(`deliveries.${app.delivery.method ?? 'window'}`) : '—'}
            {app.delivery?.address ? `（${app.delivery.address}）` : ''}
          </Descriptions.Item>
        </Descriptions>
        {app.status === 'refused' && app.refusalReasons && <Alert style={{ marginTop: 12 }} type="error" showIcon title={t('refusedText', { reasons: app.refusalReasons })} />}
        {app.cases.length > 0 && (
          <Space wrap style={{ marginTop: 12 }}>
            {t('caseNumber')}：
            {app.cases.map((c) => (
              <Link key={c.id} to={`/workbench/cases/${c.id}`} data-testid="online-review-case">
                {c.number}
              </Link>
            ))}
          </Space>
        )}
      </Card>
      {app.itemsDetail.map((item) => (
        <Card key={item.itemId} title={item.itemName} size="small">
          <FormData item={item} />
          <Materials app={app} item={item} />
        </Card>
      ))}
      <Card title={t('history')} size="small">
        {app.history.length === 0 ? (
          <Empty />
        ) : (
          <Timeline
            items={app.history.map((e) => ({
              key: e.seq,
              content: (
                <>
                  <Typography.Text strong>{e.action === 'create' ? t('statuses.draft') : onlineActionLabels[e.action][lang]}</Typography.Text> · {e.actorName} · {formatDateTime(e.at)}
                  {e.action === 'review.request_correction' && app.correction && e.seq === Math.max(...app.history.filter((h) => h.action === 'review.request_correction').map((h) => h.seq)) && app.correction.note && (
                    <div>
                      <Typography.Text type="secondary">{app.correction.note}</Typography.Text>
                    </div>
                  )}
                </>
              ),
            }))}
          />
        )}
      </Card>
    </Space>
  );
}
