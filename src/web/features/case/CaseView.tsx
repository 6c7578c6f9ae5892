import { Alert, App, Button, Card, Col, Descriptions, Empty, Image, List, Row, Space, Spin, Table, Tag, Timeline, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMaterialView, CasePage, ChecklistEntryInput, RevealResult } from '../../../contract/case.ts';
import { ErrorAlert, errorText } from '../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { openNotice, scanUrl, uploadScan, useCase, useReveal } from './api.ts';
import { CaseActionBar } from './CaseActionBar.tsx';
import { ChecklistEditor, type ChecklistMaterial } from './ChecklistEditor.tsx';
import { ClockCard, Due } from './CaseClock.tsx';
import { HandoverCard } from './HandoverCard.tsx';
import { EscalationBadge, EscalationCard } from './EscalationCard.tsx';
import { CertificateCard } from './CertificateCard.tsx';
import { FlagTags, StateTag, WarningLegend } from './tags.tsx';
import { useQueryClient } from '@tanstack/react-query';

/** A back-office step is passed or returned on its step screen (/workbench/inbox/:taskId), with its checklist. */
const stepScreenOnly = new Set<string>(['step.pass', 'step.return', 'joint.opinion']); // joint.opinion: 联办件 sub-task screen (decision 0034)

/** The checklist as the case stands, for resume and waiver.supply. */
export function checklistOf(materials: readonly CaseMaterialView[]): ChecklistEntryInput[] {
  return materials.map((m) => ({
    materialId: m.materialId,
    status: m.status,
    originals: m.originals,
    copies: m.copies,
    ...(m.defect ? { defect: m.defect } : {}),
    ...(m.reusedFrom ? { reusedFrom: m.reusedFrom } : {}),
    ...(m.waiver ? { waiver: m.waiver } : {}),
    ...(m.reason ? { reason: m.reason } : {}),
  }));
}

export function materialsOf(c: CasePage): ChecklistMaterial[] {
  return c.materials.map((m) => ({
    id: m.materialId,
    name: m.name,
    required: m.required,
    waivable: m.waivable,
    originals: m.requiredOriginals,
    copies: m.requiredCopies,
  }));
}

/** The case page (办件详情): used by the workbench, and by supervision later. */
export function CaseView({ id, ticketId }: { id: string; ticketId?: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const query = useCase(id);
  if (query.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const c = query.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-page">
      <CaseHeader c={c} />
      <Card title={t('allowed')} size="small">
        <ActionsWithChecklist c={c} ticketId={ticketId} />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <MaterialsCard c={c} />
            <NoticesCard c={c} />
            <CertificateCard c={c} />
            <HandoverCard c={c} />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ApplicantCard c={c} />
            <EscalationCard id={c.id} />
            <ClockCard c={c} />
            <TimelineCard c={c} />
          </Space>
        </Col>
      </Row>
    </Space>
  );
}

/** The case summary (number, state, item, due dates): the top of the case page and of the step screen. */
export function CaseHeader({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const over = c.visits.promised !== null && c.visits.count > c.visits.promised;
  return (
    <Card size="small">
      <Space align="center" wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-number" copyable>
          {c.number}
        </Typography.Title>
        <StateTag state={c.state} />
        <FlagTags flags={c.flags} />
        <EscalationBadge id={c.id} />
        <WarningLegend />
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label={t('item')}>
          {c.item.name} <Typography.Text type="secondary">{c.item.code}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('department')}>{c.department}</Descriptions.Item>
        <Descriptions.Item label={t('channel')}>
          {t(`channels.${c.channel}`)} · {t(`serviceModes.${c.serviceMode}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('promisedDue')}>
          <Due due={c.due.promised.due} level={c.due.promised.level} provisional={c.due.provisional} testId="case-promised-due" />
        </Descriptions.Item>
        <Descriptions.Item label={t('legalDue')}>
          <Due due={c.due.legal.due} level={c.due.legal.level} provisional={c.due.provisional} testId="case-legal-due" />
        </Descriptions.Item>
        <Descriptions.Item label={t('visits')}>
          <span data-testid="case-visits">
            {c.visits.promised === null
              ? t('visitsNoPromise', { count: c.visits.count })
              : t('visitsValue', { count: c.visits.count, promised: c.visits.promised })}
          </span>
          {over && (
            <Tag color="red" style={{ marginLeft: 8 }}>
              {t('moreThanPromised')}
            </Tag>
          )}
          <div data-testid="case-visit-list">
            <Typography.Text type="secondary">
              {c.visits.list
                .map((v) => `${t(`visitKinds.${v.kind}`)}${v.ticketNumber ? ` ${v.ticketNumber}` : ''} ${formatDateTime(v.at)}`)
                .join(' · ')}
            </Typography.Text>
          </div>
        </Descriptions.Item>
        {c.due.waiver && <Descriptions.Item label={t('waiverDue')}>{c.due.waiver}</Descriptions.Item>}
        {c.due.verify && <Descriptions.Item label={t('verifyDue')}>{c.due.verify}</Descriptions.Item>}
        {c.due.certificate && (
          <Descriptions.Item label={t('certificateDue')}>
            <span data-testid="case-certificate-due">{c.due.certificate}</span>
          </Descriptions.Item>
        )}
        {c.certificate && (
          <Descriptions.Item label={t('certificate')} span={2}>
            <span data-testid="case-certificate">
              {t('certificateValue', {
                name: c.certificate.name,
                number: c.certificate.number,
                issuingBody: c.certificate.issuingBody,
                validity: c.certificate.validUntil ? t('validUntil', { date: c.certificate.validUntil }) : t('validForever'),
              })}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('receivedAt')}>{formatDateTime(c.receivedAt)}</Descriptions.Item>
        {c.acceptedAt && <Descriptions.Item label={t('acceptedAt')}>{formatDateTime(c.acceptedAt)}</Descriptions.Item>}
        {c.decidedAt && <Descriptions.Item label={t('decidedAt')}>{formatDateTime(c.decidedAt)}</Descriptions.Item>}
        {c.concludedAt && <Descriptions.Item label={t('concludedAt')}>{formatDateTime(c.concludedAt)}</Descriptions.Item>}
        <Descriptions.Item label={t('ticket')}>
          <span data-testid="case-ticket">{c.ticket ? (c.ticket.number ?? c.ticket.id) : t('noTicket')}</span>
        </Descriptions.Item>
        {c.situations.length > 0 && (
          <Descriptions.Item label={t('situations')} span={3}>
            <span data-testid="case-situations">{c.situations.map((s) => `${s.question}：${s.option}`).join('；')}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

/** The actions the server offers; resume and supplying a waived material edit the checklist first. */
function ActionsWithChecklist({ c, ticketId }: { c: CasePage; ticketId?: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const materials = useMemo(() => materialsOf(c), [c]);
  const [checklist, setChecklist] = useState(() => checklistOf(c.materials));
  useEffect(() => setChecklist(checklistOf(c.materials)), [c.materials]);
  const editing = c.allowedActions.includes('intake.resume') || (c.state === 'received' && !c.flags.awaitingCorrection);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {c.allowedActions.includes('intake.resume') && <Alert type="info" showIcon title={t('resumeHint')} />}
      {editing && <ChecklistEditor materials={materials} value={checklist} onChange={setChecklist} testId="case-checklist" />}
      <CaseActionBar
        caseId={c.id}
        allowedActions={c.allowedActions.filter((a) => !stepScreenOnly.has(a))}
        checklist={checklist}
        materials={materials}
        ticketId={ticketId}
        onDone={(r) => r.notices.length > 0 && openNotice(c.id, r.notices[r.notices.length - 1]!.id)}
      />
    </Space>
  );
}

function MaterialsCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const scan = async (materialId: string, file: Blob) => {
    try {
      await uploadScan(c.id, materialId, file);
      void message.success(t('uploaded'));
      await qc.invalidateQueries({ queryKey: ['case', c.id] });
    } catch (e) {
      void message.error(errorText(e, t('scans')));
    }
  };
  return (
    <Card title={t('materials')} size="small">
      <Table<CaseMaterialView>
        size="small"
        rowKey="materialId"
        pagination={false}
        dataSource={c.materials}
        data-testid="case-materials"
        columns={[
          { title: t('material'), dataIndex: 'name' },
          { title: t('status'), width: 90, render: (_, m) => <Tag>{t(`materialStatus.${m.status}`)}</Tag> },
          { title: `${t('originals')} / ${t('copies')}`, width: 110, render: (_, m) => `${m.originals} / ${m.copies}` },
          {
            title: t('detail'),
            render: (_, m) =>
              m.defect ?? (m.waiver ? `${m.waiver.format} · ${t('deadline')} ${m.waiver.deadline}` : (m.reusedFrom ?? m.reason ?? '')),
          },
          {
            title: t('scans'),
            render: (_, m) => (
              <Space wrap size={4}>
                {m.scans.length === 0 && <Typography.Text type="secondary">{t('noScans')}</Typography.Text>}
                {m.scans.map((s) =>
                  s.mime.startsWith('image/') ? (
                    <Image key={s.sha256} width={64} src={scanUrl(c.id, s.sha256)} alt={m.name} data-testid="case-scan" />
                  ) : (
                    <a key={s.sha256} href={scanUrl(c.id, s.sha256)} target="_blank" rel="noreferrer" data-testid="case-scan">
                      {t('view')}
                    </a>
                  ),
                )}
                {c.allowedActions.includes('material.scan') && <ScanButtons onFile={(f) => void scan(m.materialId, f)} />}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

function ScanButtons({ onFile }: { onFile: (f: Blob) => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <label>
      <input
        type="file"
        accept="image/jpeg,image/png,image/webp,image/tiff,application/pdf"
        style={{ display: 'none' }}
        onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])}
      />
      <Typography.Link>{t('file')}</Typography.Link>
    </label>
  );
}

function NoticesCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  return (
    <Card title={t('notices')} size="small">
      {c.notices.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noNotices')} />
      ) : (
        <List
          size="small"
          dataSource={c.notices}
          data-testid="case-notices"
          renderItem={(n) => (
            <List.Item
              actions={[
                <Button key="p" size="small" onClick={() => openNotice(c.id, n.id)} data-testid={`notice-reprint-${n.kind}`}>
                  {t('reprint')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={n.title} description={`${n.number} · ${formatDateTime(n.issuedAt)}`} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function ApplicantCard({ c }: { c: CasePage }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const reveal = useReveal(c.id);
  const [shown, setShown] = useState<RevealResult>();
  const a = c.applicant;
  return (
    <Card
      title={t('applicant')}
      size="small"
      extra={
        !shown && (
          <Button
            size="small"
            title={t('revealHint')}
            loading={reveal.isPending}
            onClick={() => reveal.mutate(undefined, { onSuccess: setShown })}
            data-testid="case-reveal"
          >
            {t('reveal')}
          </Button>
        )
      }
    >
      {reveal.error && <ErrorAlert error={reveal.error} style={{ marginBottom: 8 }} />}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('name')}>{a.name}</Descriptions.Item>
        <Descriptions.Item label={t('idNumber')}>
          <span data-testid="case-applicant-id">{shown?.idNumber ?? a.idNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('phone')}>
          <span data-testid="case-applicant-phone">{shown?.phone ?? a.phone}</span>
        </Descriptions.Item>
        {a.legalRepresentative && <Descriptions.Item label={t('legalRepresentative')}>{a.legalRepresentative}</Descriptions.Item>}
        {a.address && <Descriptions.Item label={t('address')}>{a.address}</Descriptions.Item>}
        {c.agent && (
          <Descriptions.Item label={t('agent')}>
            {c.agent.name} · {shown?.agentIdNumber ?? c.agent.idNumber} · {shown?.agentPhone ?? c.agent.phone} · {t('mandate')}：
            {c.agent.mandate}
          </Descriptions.Item>
        )}
      </Descriptions>
      {Object.keys(c.formData).length > 0 && (
        <Descriptions size="small" column={1} title={t('formData')} style={{ marginTop: 8 }}>
          {Object.entries(c.formData).map(([k, v]) => (
            <Descriptions.Item key={k} label={k}>
              {typeof v === 'object' ? JSON.stringify(v) : String(v)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

function TimelineCard({ c }: { c: CasePage }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'case' });
  const label = (action: string) => (i18n.exists(`case.actions.${action}`) ? t(`actions.${action}`) : action);
  return (
    <Card title={t('timeline')} size="small">
      <Timeline
        data-testid="case-timeline"
        items={c.timeline.map((e) => ({
          key: e.seq,
          content: (
            <>
              <Typography.Text strong>{label(e.action)}</Typography.Text> → {t(`states.${e.toState}`)}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(e.at)} · {e.actorName ?? e.actorRole}
              </Typography.Text>
              {e.note && <div>{e.note}</div>}
            </>
          ),
        }))}
      />
    </Card>
  );
}
