// /portal/applications/:id — one application: where it stands, the window's one-time correction
// request (fix each material and 重新提交), the case number(s) and due date once accepted, the
// refusal's reasons, and its history.
import { Alert, Button, Descriptions, Popconfirm, Skeleton, Space, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import './online.css';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { onlineActionLabels } from '../../../../domain/online/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useFormat } from '../shared/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useApplication, useDeleteDraft, useResubmit, useWithdraw, type OnlineApplicationDetail } from './api.ts';
import { LinkButton } from './LinkButton.tsx';
import { LoadFailed } from './LoadFailed.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import { RequireCitizen } from './RequireCitizen.tsx';
import { StatusTag } from './StatusTag.tsx';
import { missingMaterials, needsOf } from './wizard.ts';


function Accepted({ app }: { app: OnlineApplicationDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.detail' });
  return (
    <section className="ow-panel" data-testid="application-accepted">
      <Alert type="success" showIcon title={t('accepted')} style={{ marginBottom: 12 }} />
      {app.cases.map((c) => (
        <Descriptions key={c.id} column={1} size="small" bordered style={{ marginBottom: 8 }} title={c.itemName}>
          <Descriptions.Item label={t('caseNumber')}>
            <span data-testid="application-case-number">{c.number}</span>
          </Descriptions.Item>
          {c.due && (
            <Descriptions.Item label={t('dueDate')}>
              <span data-testid="application-case-due">{c.due}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('notice')}>
            {/* 我的办件 holds the case's notices (受理通知书 first) as PDFs. */}
            <Link to={`/portal/cases/${c.id}`} data-testid="application-notice">
              {t('notice')}
            </Link>
          </Descriptions.Item>
        </Descriptions>
      ))}
      {/* 我的办件 (/portal/cases) follows the case from here on: timeline, notices, fees, delivery. */}
      <Link to="/portal/cases" data-testid="application-my-cases">
        {t('myCases')} →
      </Link>
    </section>
  );
}

function Correction({ app }: { app: OnlineApplicationDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const resubmit = useResubmit(app.id);
  const c = app.correction;
  const missing = missingMaterials(needsOf(app));
  return (
    <section className="ow-panel" data-testid="application-correction">
      <h2>{t('detail.correctionTitle')}</h2>
      <p style={{ marginBottom: 8 }}>{t('detail.correctionIntro')}</p>
      {c?.note && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('detail.correctionNote', { note: c.note })} data-testid="application-correction-note" />
      )}
      {c && c.materials.length > 0 && (
        <ul className="ow-apply-reasons" data-testid="application-correction-list">
          {c.materials.map((m) => (
            <li key={`${m.itemId}/${m.materialId}`}>
              <strong>{m.materialName}</strong>：{m.reason}
            </li>
          ))}
        </ul>
      )}
      <MaterialsPanel app={app} canEdit />
      {missing.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('materials.missingList', { names: missing.map((m) => m.name).join('、') })} />}
      {resubmit.error && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={errorText(resubmit.error, t('failed'))} data-testid="application-resubmit-error" />}
      {resubmit.isSuccess && app.review && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('resubmitted', { date: app.review.due })} />}
      {app.allowedActions.includes('resubmit') && (
        <Popconfirm title={t('review.confirm')} okText={t('review.resubmit')} cancelText={t('materials.cancel')} onConfirm={() => resubmit.mutateAsync(app.version).catch(() => {})}>
          <Button type="primary" size="large" block disabled={missing.length > 0} loading={resubmit.isPending} data-testid="application-resubmit">
            {t('review.resubmit')}
          </Button>
        </Popconfirm>
      )}
    </section>
  );
}

function History({ app }: { app: OnlineApplicationDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const { lang } = useFormat();
  return (
    <section className="ow-panel" data-testid="application-history">
      <h2>{t('detail.history')}</h2>
      <Timeline
        items={app.history.map((e) => ({
          key: e.seq,
          content: (
            <>
              <strong>{e.action === 'create' ? t('status.draft') : onlineActionLabels[e.action][lang]}</strong>
              <span className="ow-small ow-muted"> · {formatDateTime(e.at)}</span>
              {e.actorKind === 'staff' && <div className="ow-small ow-muted">{e.actorName}</div>}
            </>
          ),
        }))}
      />
    </section>
  );
}

function Detail({ id }: { id: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const q = useApplication(id);
  const location = useLocation();
  const navigate = useNavigate();
  const withdraw = useWithdraw(id);
  const remove = useDeleteDraft(id);
  if (q.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (q.error) return <LoadFailed error={q.error} />;
  const app = q.data;
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted && app.status === 'submitted';
  return (
    <article data-testid="application-page" data-status={app.status}>
      <Link to="/portal/applications">← {t('detail.back')}</Link>
      <header className="ow-panel" style={{ marginTop: 8 }}>
        <h1 style={{ marginBottom: 8 }}>{app.items.map((i) => i.itemName).join('、')}</h1>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('detail.status')}>
            <StatusTag status={app.status} />
          </Descriptions.Item>
          {app.submittedAt && <Descriptions.Item label={t('detail.submittedAt')}>{formatDateTime(app.submittedAt)}</Descriptions.Item>}
          {app.review && app.status === 'submitted' && (
            <Descriptions.Item label={t('detail.reviewDue')}>
              <span data-testid="application-review-due">{app.review.due}</span>
              {app.correctionRounds > 0 && <span className="ow-small ow-muted"> · {t('detail.round', { n: app.correctionRounds + 1 })}</span>}
            </Descriptions.Item>
          )}
        </Descriptions>
        {justSubmitted && app.review && <Alert type="success" showIcon role="status" style={{ marginTop: 12 }} title={t('submitted', { date: app.review.due })} data-testid="application-submitted" />}
      </header>

      {app.status === 'draft' && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <LinkButton to={`/portal/apply/${app.id}`} type="primary" size="large" block data-testid="application-continue">
            {t('detail.continue')}
          </LinkButton>
          <Popconfirm title={t('detail.deleteConfirm')} okText={t('detail.deleteDraft')} cancelText={t('materials.cancel')} okButtonProps={{ danger: true }} onConfirm={() => remove.mutateAsync().then(() => navigate('/portal/applications'))}>
            <Button danger block>
              {t('detail.deleteDraft')}
            </Button>
          </Popconfirm>
        </Space>
      )}
      {app.status === 'correction_requested' && <Correction app={app} />}
      {app.status === 'accepted' && <Accepted app={app} />}
      {app.status === 'refused' && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('detail.refused')} description={app.refusalReasons} data-testid="application-refused" />
      )}
      <History app={app} />
      {app.status !== 'draft' && app.allowedActions.includes('withdraw') && (
        <>
          {withdraw.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errorText(withdraw.error, t('failed'))} />}
          <Popconfirm title={t('detail.withdrawConfirm')} okText={t('detail.withdraw')} cancelText={t('materials.cancel')} okButtonProps={{ danger: true }} onConfirm={() => withdraw.mutateAsync().catch(() => {})}>
            <Button danger block loading={withdraw.isPending} data-testid="application-withdraw">
              {t('detail.withdraw')}
            </Button>
          </Popconfirm>
        </>
      )}
    </article>
  );
}

export function ApplicationPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  useDocumentTitle(t('detail.title'), i18n.t('portal.title'));
  const { id = '' } = useParams();
  return <RequireCitizen>{() => <Detail id={id} />}</RequireCitizen>;
}
