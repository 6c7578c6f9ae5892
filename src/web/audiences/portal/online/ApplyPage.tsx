// /portal/apply/:applicationId — the apply wizard: whom for, the form(s) (a 一件事 bundle's one
// form: FormsStep.tsx), materials, delivery, review and submit. The draft is the server's: saved
// on every step change and by 保存草稿, so it goes on on another device; when that device saved
// first (409) the latest is loaded.
import { Alert, Button, Descriptions, Input, Popconfirm, Radio, Skeleton, Space, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import { useApplication, useSaveDraft, useSubmit, type OnlineApplicationDetail } from './api.ts';
import { FormsStep } from './FormsStep.tsx';
import { FormSummary } from './FormSummary.tsx';
import { LoadFailed } from './LoadFailed.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';
import { RequireCitizen } from './RequireCitizen.tsx';
import type { CitizenMe } from '../../../../contract/citizen.ts';
import { StepBar } from './StepBar.tsx';
import {
  applySteps,
  cleanDelivery,
  isStaleVersion,
  needsOf,
  questionsOf,
  sameDraft,
  stepAfter,
  stepProblems,
  subjectKey,
  subjectOptions,
  type ApplyStep,
  type DeliveryDraft,
  type Draft,
  type StepProblem,
} from './wizard.ts';

export function draftOf(d: OnlineApplicationDetail): Draft {
  return {
    subject: d.subject,
    items: d.itemsDetail.map((i) => ({ itemId: i.itemId, situationAnswers: i.situationAnswers, formData: i.formData })),
    sharedFields: d.sharedFields,
    delivery: (d.delivery as DeliveryDraft | null) ?? { method: 'window' },
  };
}

function DeliveryStep({ draft, onChange }: { draft: Draft; onChange: (d: Draft) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.delivery' });
  const d = draft.delivery;
  const set = (patch: Partial<DeliveryDraft>) => onChange({ ...draft, delivery: { ...d, ...patch } });
  return (
    <section className="ow-panel" data-testid="apply-delivery">
      <h2 id="apply-delivery-h">{t('title')}</h2>
      <Radio.Group value={d.method} onChange={(e) => set({ method: e.target.value as DeliveryDraft['method'] })} aria-labelledby="apply-delivery-h" style={{ width: '100%' }}>
        <Space orientation="vertical">
          {(['window', 'mail', 'electronic'] as const).map((m) => (
            <Radio key={m} value={m} data-testid={`apply-delivery-${m}`}>
              {t(m)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {d.method === 'mail' && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor="apply-address" className="ow-apply-label">
            {t('address')}
          </label>
          <Input.TextArea id="apply-address" rows={2} maxLength={200} value={d.address ?? ''} onChange={(e) => set({ address: e.target.value })} status={d.address?.trim() ? undefined : 'warning'} data-testid="apply-address" />
          <label htmlFor="apply-recipient" className="ow-apply-label">
            {t('recipient')}
          </label>
          <Input id="apply-recipient" maxLength={100} value={d.recipient ?? ''} onChange={(e) => set({ recipient: e.target.value })} autoComplete="name" />
          <label htmlFor="apply-phone" className="ow-apply-label">
            {t('phone')}
          </label>
          <Input id="apply-phone" type="tel" inputMode="tel" maxLength={20} value={d.phone ?? ''} onChange={(e) => set({ phone: e.target.value })} autoComplete="tel" />
        </div>
      )}
    </section>
  );
}

/** The choices of 为谁申请 for this application's items. */
const optionsFor = (me: CitizenMe, app: OnlineApplicationDetail) =>
  subjectOptions(
    me.realName ?? '',
    me.subjects,
    app.items.map((i) => i.itemId),
  );

function SubjectStep({ me, app, draft, onChange }: { me: CitizenMe; app: OnlineApplicationDetail; draft: Draft; onChange: (d: Draft) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.subject' });
  const options = optionsFor(me, app);
  return (
    <section className="ow-panel" data-testid="apply-subject">
      <h2 id="apply-subject-h">{t('title')}</h2>
      <p className="ow-small ow-muted" style={{ marginBottom: 8 }}>
        {t('hint')}
      </p>
      <Radio.Group
        value={subjectKey(draft.subject)}
        onChange={(e) => onChange({ ...draft, subject: options.find((o) => subjectKey(o.ref) === e.target.value)!.ref })}
        aria-labelledby="apply-subject-h"
        style={{ width: '100%' }}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {options.map((o) => (
            <Radio key={subjectKey(o.ref)} value={subjectKey(o.ref)} disabled={o.outOfScope} data-testid={`apply-subject-${o.ref.kind}`} data-subject={subjectKey(o.ref)}>
              <span className="ow-apply-subject">
                {t(o.ref.kind)}
                {o.name ? `：${o.name}` : ''}
                {o.idMasked && <span className="ow-small ow-muted">{o.idMasked}</span>}
                {o.outOfScope && <span className="ow-small ow-muted">{t('outOfScope')}</span>}
              </span>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {options.length === 1 && (
        <p className="ow-small ow-muted" style={{ marginTop: 8 }}>
          {t('onlySelf')}
        </p>
      )}
    </section>
  );
}

function Problems({ problems, app }: { problems: StepProblem[]; app: OnlineApplicationDetail }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  if (problems.length === 0) return null;
  const text = (p: StepProblem) => {
    if (p.kind === 'materials') return t('materials.missingList', { names: p.missing.map((m) => m.name).join('、') });
    if (p.kind === 'delivery') return t('delivery.addressRequired');
    return `${app.itemsDetail.find((i) => i.itemId === p.itemId)?.itemName ?? ''}：${t('forms.situations')}`;
  };
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 12 }}
      title={t('review.notReady')}
      description={
        <ul style={{ margin: 0, paddingLeft: 18 }}>
          {problems.map((p, i) => (
            <li key={i}>{text(p)}</li>
          ))}
        </ul>
      }
      data-testid="apply-problems"
    />
  );
}

function ReviewStep({ app, draft, me }: { app: OnlineApplicationDetail; draft: Draft; me: CitizenMe }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const subject = optionsFor(me, app).find((o) => subjectKey(o.ref) === subjectKey(draft.subject));
  return (
    <section className="ow-panel" data-testid="apply-review">
      <h2>{t('review.title')}</h2>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('review.applicant')}>{subject ? `${t(`subject.${subject.ref.kind}`)}：${subject.name}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('review.items')}>{app.items.map((i) => i.itemName).join('、')}</Descriptions.Item>
        {app.itemsDetail.map((item) => (
          <Descriptions.Item key={item.itemId} label={app.itemsDetail.length > 1 ? `${t('review.materials')}（${item.itemName}）` : t('review.materials')}>
            <ul className="ow-plain">
              {item.materials
                .filter((m) => m.status !== 'not_applicable')
                .map((m) => (
                  <li key={m.materialId}>
                    {m.name}：{m.fileIds.length > 0 ? t('review.files', { count: m.fileIds.length }) : t('materials.missing')}
                  </li>
                ))}
            </ul>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('review.delivery')}>
          {t(`delivery.${draft.delivery.method === 'cabinet' ? 'window' : draft.delivery.method}`)}
          {draft.delivery.method === 'mail' && draft.delivery.address ? `（${draft.delivery.address}）` : ''}
        </Descriptions.Item>
      </Descriptions>
      <FormSummary app={app} draft={draft} />
    </section>
  );
}

function Wizard({ app, me, reload }: { app: OnlineApplicationDetail; me: CitizenMe; reload: () => Promise<OnlineApplicationDetail | undefined> }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  const navigate = useNavigate();
  const save = useSaveDraft(app.id);
  const submit = useSubmit(app.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(app));
  const [saved, setSaved] = useState<Draft>(() => draftOf(app));
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [step, setStep] = useState<ApplyStep>('subject');
  const [problems, setProblems] = useState<StepProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A fresh copy from the server (another device's save, or our own reload): the forms start again from it.
  const [generation, setGeneration] = useState(0);
  const forms = useRef(new Map<string, FormInstance>());
  const register = useCallback((key: string, f: FormInstance | null) => {
    if (f) forms.current.set(key, f);
    else forms.current.delete(key);
  }, []);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [step]);

  /** Saves when something changed; the latest version on success; on 409 the other device's draft is loaded. */
  const persist = async (): Promise<OnlineApplicationDetail | null> => {
    setError(null);
    if (sameDraft(draft, saved)) return app;
    try {
      const body = { version: app.version, items: draft.items, sharedFields: draft.sharedFields, delivery: cleanDelivery(draft.delivery), subject: draft.subject };
      const next = await save.mutateAsync(body);
      setSaved(draft);
      setSavedAt(formatDateTime(next.updatedAt));
      setStale(false);
      return next;
    } catch (e) {
      if (isStaleVersion(e)) await loadLatest();
      else setError(e);
      return null;
    }
  };

  /** The other device's draft wins: read again, start from it, and say so. */
  const loadLatest = async () => {
    const fresh = await reload();
    if (!fresh) return;
    const d = draftOf(fresh);
    setDraft(d);
    setSaved(d);
    setGeneration((g) => g + 1);
    setStale(true);
    setProblems([]);
  };

  const go = async (to: ApplyStep) => {
    const forward = applySteps.indexOf(to) > applySteps.indexOf(step);
    if (forward && step === 'forms') {
      try {
        await Promise.all([...forms.current.values()].map((f) => f.validateFields()));
      } catch {
        setProblems([]);
        setError(new Error(t('forms.invalid')));
        return;
      }
      setError(null); // the forms are right now: an earlier 'invalid' must not stay on screen
    }
    const found = forward ? stepProblems(step, draft, needsOf(app), questionsOf(app)) : [];
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    const ok = await persist();
    setBusy(false);
    if (ok || !forward) setStep(to);
  };

  const doSubmit = async () => {
    const found = stepProblems('review', draft, needsOf(app), questionsOf(app));
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    const latest = await persist();
    if (latest) {
      try {
        await submit.mutateAsync(latest.version);
        navigate(`/portal/applications/${app.id}`, { state: { submitted: true } });
      } catch (e) {
        if (isStaleVersion(e)) await loadLatest();
        else setError(e);
      }
    }
    setBusy(false);
  };

  const i = applySteps.indexOf(step);
  const dirty = !sameDraft(draft, saved);
  return (
    <div className="ow-apply" data-testid="apply-wizard" data-step={step}>
      <StepBar current={step} onPick={(s) => void go(s)} />
      {/* the step's own heading gets the focus on each step: a screen reader hears where it is */}
      <h1 ref={heading} tabIndex={-1} className="ow-apply-title">
        <span className="ow-small ow-muted" style={{ display: 'block', fontWeight: 400 }}>
          {app.items.map((x) => x.itemName).join('、')}
        </span>
        {t(`steps.${step}`)}
      </h1>
      {stale && (
        <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={t('stale')} data-testid="apply-stale" />
      )}
      {error !== null && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={error instanceof ApiError ? errorText(error, t('failed')) : error instanceof Error ? error.message : t('failed')} data-testid="apply-error" />}
      <Problems problems={problems} app={app} />

      {step === 'subject' && <SubjectStep me={me} app={app} draft={draft} onChange={setDraft} />}
      {step === 'forms' && (
        <div key={generation}>
          <FormsStep app={app} draft={draft} onChange={setDraft} register={register} />
        </div>
      )}
      {step === 'materials' && (
        <section className="ow-panel">
          <h2>{t('materials.title')}</h2>
          <MaterialsPanel app={app} canEdit />
        </section>
      )}
      {step === 'delivery' && <DeliveryStep draft={draft} onChange={setDraft} />}
      {step === 'review' && <ReviewStep app={app} draft={draft} me={me} />}

      <div className="ow-apply-bar">
        <p className="ow-small ow-muted" aria-live="polite" data-testid="apply-saved">
          {save.isPending ? t('saving') : dirty ? t('unsaved') : savedAt ? t('savedAt', { time: savedAt }) : ''}
        </p>
        <div className="ow-apply-buttons">
          {i > 0 && (
            <Button size="large" onClick={() => void go(stepAfter(step, -1))} disabled={busy} data-testid="apply-prev">
              {t('prev')}
            </Button>
          )}
          <Button size="large" onClick={() => void persist()} loading={save.isPending && !busy} disabled={busy} data-testid="apply-save">
            {t('saveDraft')}
          </Button>
          {step !== 'review' ? (
            <Button type="primary" size="large" onClick={() => void go(stepAfter(step, 1))} loading={busy} data-testid="apply-next">
              {t('next')}
            </Button>
          ) : (
            <Popconfirm title={t('review.confirm')} okText={t('review.submit')} cancelText={t('materials.cancel')} onConfirm={() => doSubmit()}>
              <Button type="primary" size="large" loading={busy} data-testid="apply-submit">
                {t('review.submit')}
              </Button>
            </Popconfirm>
          )}
        </div>
      </div>
    </div>
  );
}

/** Not found, not ours, or not a draft any more (then its page, which shows where it stands). */
export function ApplyPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portal.online' });
  useDocumentTitle(t('applyTitle'), i18n.t('portal.title'));
  const { applicationId = '' } = useParams();
  return (
    <RequireCitizen verified>
      {(me) => <ApplyLoader id={applicationId} me={me} />}
    </RequireCitizen>
  );
}

function ApplyLoader({ id, me }: { id: string; me: CitizenMe }) {
  const app = useApplication(id);
  if (app.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (app.error) return <LoadFailed error={app.error} />;
  if (app.data.status !== 'draft') return <Navigate to={`/portal/applications/${id}`} replace />;
  return <Wizard app={app.data} me={me} reload={() => app.refetch().then((r) => r.data)} />;
}
