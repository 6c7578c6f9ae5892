import { Alert, App, Button, Card, Col, Empty, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { serviceModes, type ApplicantLookup, type IntakeRequest, type IntakeResult } from '../../../../contract/case.ts';
import { deliveryMethods, type DeliveryMethod } from '../../../../domain/case/delivery.ts';
import { newIdempotencyKey, uploadScan } from '../../../features/case/index.ts';
import { useMe } from '../../../features/session/index.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { ApplicantBlock, type ApplicantValues } from './ApplicantBlock.tsx';
import { useCreateApplication, useItemSearch } from './api.ts';
import { ItemSection, materialsComplete, type IntakeItemDraft } from './ItemSection.tsx';
import { OutcomePanel } from './OutcomePanel.tsx';

type FormValues = ApplicantValues & { serviceMode: IntakeRequest['serviceMode']; delivery: DeliveryMethod; mailAddress?: string };

/**
 * 综合受理 (全科无差别受理): one applicant, several items in one form (一表申请), a checklist per
 * item from its pinned version with scans, then each case's outcome and notice.
 */
export function IntakePage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.intake' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'case' });
  const { message } = App.useApp();
  const me = useMe().data!;
  const [params] = useSearchParams();
  const ticketId = params.get('ticket') ?? undefined;
  const ticketNumber = params.get('ticketNumber') ?? undefined;
  const [form] = Form.useForm<FormValues>();
  const [lookup, setLookup] = useState<ApplicantLookup>();
  const [drafts, setDrafts] = useState<IntakeItemDraft[]>([]);
  const [q, setQ] = useState('');
  const search = useItemSearch(q);
  const [key, setKey] = useState(newIdempotencyKey);
  const [result, setResult] = useState<IntakeResult>();
  const create = useCreateApplication();
  const delivery = Form.useWatch('delivery', form);

  const patch = useCallback((itemId: string, p: Partial<IntakeItemDraft>) => setDrafts((ds) => ds.map((d) => (d.itemId === itemId ? { ...d, ...p } : d))), []);
  const onChanges = useState(() => new Map<string, (p: Partial<IntakeItemDraft>) => void>())[0];
  const onChangeOf = (itemId: string) => {
    if (!onChanges.has(itemId)) onChanges.set(itemId, (p) => patch(itemId, p));
    return onChanges.get(itemId)!;
  };

  const addItem = (itemId: string) => {
    const hit = search.data?.find((i) => i.itemId === itemId);
    if (!hit || drafts.some((d) => d.itemId === itemId)) return;
    setDrafts((ds) => [...ds, { itemId, name: hit.subItemName ? `${hit.name}（${hit.subItemName}）` : hit.name, materials: [], checklist: [], situationAnswers: {}, hasForm: false, scans: {}, ready: false }]);
    setQ('');
  };

  // 收件并受理 (decision 0054): the same request with `accept`, offered when every case's materials are complete.
  const acceptToo = useRef(false);
  const complete = drafts.length > 0 && drafts.every(materialsComplete);

  const submit = async (v: FormValues) => {
    if (drafts.length === 0) return void message.error(t('noItems'));
    const idType = v.kind === 'enterprise' ? 'uscc' : v.idType;
    const body: IntakeRequest = {
      centerId: me.center.id,
      applicant: {
        kind: v.kind,
        idType,
        idNumber: v.idNumber.trim().toUpperCase(),
        name: v.name.trim(),
        ...(v.legalRepresentative ? { legalRepresentative: v.legalRepresentative.trim() } : {}),
        phone: v.phone.trim(),
        ...(v.address ? { address: v.address.trim() } : {}),
      },
      ...(v.agentOn && v.agent ? { agent: { ...v.agent, idType: '111' as const, idNumber: v.agent.idNumber.trim().toUpperCase() } } : {}),
      channel: 'window',
      serviceMode: v.serviceMode,
      ...(ticketId ? { ticketId } : {}),
      // issue #18: the choice the hand-out screen defaults to (also kept in the shared fields, as before)
      delivery: { method: v.delivery, ...(v.delivery === 'mail' && v.mailAddress ? { address: v.mailAddress.trim() } : {}) },
      sharedFields: { delivery: v.delivery, ...(v.mailAddress ? { mailAddress: v.mailAddress } : {}), ...(v.address ? { address: v.address } : {}) },
      items: drafts.map((d) => ({ itemId: d.itemId, formData: d.formData ?? {}, checklist: d.checklist, situationAnswers: d.situationAnswers })),
      idempotencyKey: key,
      ...(acceptToo.current ? { accept: true } : {}),
    };
    try {
      const r = await create.mutateAsync(body);
      // Scans taken before the cases existed go to their case's material now.
      for (const c of r.cases) {
        const d = drafts.find((x) => x.itemId === c.itemId);
        for (const [materialId, files] of Object.entries(d?.scans ?? {}))
          for (const f of files) await uploadScan(c.id, materialId, f).catch((e: unknown) => void message.error(t('uploadFailed', { error: errorText(e, materialId) })));
      }
      setResult(r);
      void message.success(r.accepted ? t('submittedAccepted', { count: r.cases.length }) : t('submitted', { count: r.cases.length }));
    } catch (e) {
      void message.error(errorText(e, t('submit')));
    }
  };

  const restart = () => {
    form.resetFields();
    setDrafts([]);
    setLookup(undefined);
    setResult(undefined);
    setKey(newIdempotencyKey());
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="intake-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Alert type={ticketId ? 'success' : 'info'} showIcon title={ticketId ? t('fromTicket', { number: ticketNumber ?? '' }) : t('walkIn')} data-testid="intake-ticket" />
      {result ? (
        <Card title={t('outcomes')} extra={<Button onClick={restart}>{t('newIntake')}</Button>}>
          <Typography.Paragraph type="secondary">{t('outcomeHint')}</Typography.Paragraph>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {result.cases.map((c) => (
              <OutcomePanel key={c.id} caseRef={c} draft={drafts.find((d) => d.itemId === c.itemId)} />
            ))}
          </Space>
        </Card>
      ) : (
        <Form form={form} layout="vertical" initialValues={{ kind: 'person', idType: '111', serviceMode: 'standard', delivery: 'window' }} onFinish={(v) => void submit(v)}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ApplicantBlock form={form} lookup={lookup} onLookup={setLookup} />
            <Card title={t('shared')} size="small">
              <Row gutter={12}>
                <Col span={6}>
                  <Form.Item name="serviceMode" label={t('serviceMode')}>
                    <Select options={serviceModes.map((m) => ({ value: m, label: tc(`serviceModes.${m}`) }))} />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name="delivery" label={t('delivery')}>
                    <Select options={deliveryMethods.map((d) => ({ value: d, label: t(`deliveries.${d}`) }))} data-testid="intake-delivery" />
                  </Form.Item>
                </Col>
                {delivery === 'mail' && (
                  <Col span={12}>
                    <Form.Item name="mailAddress" label={t('mailAddress')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                      <Input />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
            <Card title={t('items')} size="small">
              <Select
                showSearch={{ filterOption: false, onSearch: setQ, searchValue: q }}
                value={null}
                style={{ width: '100%', marginBottom: 12 }}
                placeholder={t('itemSearch')}
                loading={search.isFetching}
                onSelect={(v) => v && addItem(v)}
                options={(search.data ?? []).map((i) => ({ value: i.itemId, label: `${i.name}${i.subItemName ? `（${i.subItemName}）` : ''} · ${i.basicCode}`, disabled: drafts.some((d) => d.itemId === i.itemId) }))}
                data-testid="intake-item-search"
                notFoundContent={q ? undefined : null}
              />
              {drafts.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noItems')} />}
              <Space orientation="vertical" style={{ width: '100%' }}>
                {drafts.map((d) => (
                  <ItemSection key={d.itemId} draft={d} reusable={lookup?.reusable ?? []} onChange={onChangeOf(d.itemId)} onRemove={() => setDrafts((ds) => ds.filter((x) => x.itemId !== d.itemId))} />
                ))}
              </Space>
            </Card>
            <Space wrap>
              <Button type="primary" size="large" htmlType="submit" loading={create.isPending} disabled={drafts.some((d) => !d.ready)} onClick={() => (acceptToo.current = false)} data-testid="intake-submit">
                {t('submit')}
              </Button>
              {complete && (
                <Button
                  size="large"
                  loading={create.isPending}
                  onClick={() => {
                    acceptToo.current = true;
                    form.submit();
                  }}
                  data-testid="intake-submit-accept"
                >
                  {t('submitAndAccept')}
                </Button>
              )}
            </Space>
          </Space>
        </Form>
      )}
    </Space>
  );
}
