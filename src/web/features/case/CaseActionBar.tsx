import { App, Button, Checkbox, DatePicker, Empty, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionRequest, CaseActionResult, ChecklistEntryInput } from '../../../contract/case.ts';
import type { CaseAction } from '../../../domain/case/states.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';
import { newIdempotencyKey, useCaseAction } from './api.ts';
import type { ChecklistMaterial } from './ChecklistEditor.tsx';
import { BackOfficeFields, backOfficeBody, isBackOfficeDialog } from './BackOfficeFields.tsx';

/** Window outcomes and resume send the clerk's checklist as it stands. */
const sendsChecklist = new Set<CaseAction>([
  'intake.accept',
  'intake.one_time_notice',
  'intake.resume',
  'intake.accept_with_waiver',
  'intake.commitment_approve',
  'decide_on_spot',
  'waiver.supply',
]);
/** Actions that need the clerk to say more first. */
type Dialog = 'intake.refuse' | 'intake.commitment_approve' | 'waiver.supply' | 'conclude' | 'note' | 'backOffice';
/** Rows of the table that are not buttons: a scan is recorded by uploading it, a recompute is the system's. */
// fee.charge / fee.settle are taken by the fee module's screens (the case page's fee card, the 收费 workbench);
// the hearing's actions by the special steps' panel.
const notButtons = new Set<CaseAction>(['material.scan', 'clock.recompute', 'delivery.collected', 'fee.charge', 'fee.settle', 'hearing.inform', 'hearing.request', 'hearing.schedule']);
const needsNote = new Set<CaseAction>(['waiver.fallback', 'commitment.revoke', 'withdraw', 'pause.start', 'escalate' /* 上报理由 */]);
const primary = new Set<CaseAction>(['intake.accept', 'intake.resume', 'decide_on_spot', 'conclude', 'decide.approve', 'extension.approve']);
const danger = new Set<CaseAction>(['intake.refuse', 'decide.refuse', 'commitment.revoke', 'waiver.fallback', 'withdraw', 'terminate', 'revoke', 'extension.reject']);

interface Props {
  caseId: string;
  /** Exactly what the server offers: the states table decides, the bar never guesses. */
  allowedActions: readonly CaseAction[];
  checklist: readonly ChecklistEntryInput[];
  materials: readonly ChecklistMaterial[];
  /** The ticket of this visit: a return (resume) or a pickup (conclude). */
  ticketId?: string;
  onDone?: (result: CaseActionResult, action: CaseAction) => void;
}

export function CaseActionBar({ caseId, allowedActions, checklist, materials, ticketId, onDone }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const { message } = App.useApp();
  const act = useCaseAction(caseId);
  const [dialog, setDialog] = useState<{ kind: Dialog; action: CaseAction }>();
  const [form] = Form.useForm();

  const run = (action: CaseAction, extra: Partial<CaseActionRequest> = {}) => {
    const body: CaseActionRequest = {
      action,
      idempotencyKey: newIdempotencyKey(),
      ...(sendsChecklist.has(action) ? { checklist: [...checklist] } : {}),
      ...((action === 'intake.resume' || (action === 'conclude' && extra.pickup)) && ticketId ? { ticketId } : {}),
      ...extra,
    };
    act.mutate(body, {
      onSuccess: (result) => {
        setDialog(undefined);
        form.resetFields();
        void message.success(t('done', { action: t(`actions.${action}`) }));
        onDone?.(result, action);
      },
      onError: (e) => void message.error(errorText(e, t(`actions.${action}`))),
    });
  };

  const click = (action: CaseAction) => {
    if (action === 'intake.refuse' || action === 'intake.commitment_approve' || action === 'waiver.supply' || action === 'conclude')
      setDialog({ kind: action, action });
    else if (isBackOfficeDialog(action)) setDialog({ kind: 'backOffice', action });
    else if (needsNote.has(action)) setDialog({ kind: 'note', action });
    else run(action);
  };

  const submitDialog = (values: Record<string, unknown>) => {
    if (!dialog) return;
    const note = (values.note as string | undefined)?.trim() || undefined;
    if (dialog.kind === 'intake.refuse') {
      run(dialog.action, {
        refusal: { reasons: String(values.reasons), basis: String(values.basis), competentAgency: String(values.competentAgency) },
        note,
      });
    } else if (dialog.kind === 'intake.commitment_approve') {
      const conditions = String(values.conditions ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      const verifyBy = (values.verifyBy as { format: (f: string) => string }).format('YYYY-MM-DD');
      run(dialog.action, {
        commitment: { conditions, replacedMaterialIds: (values.replaced as string[] | undefined) ?? [], verifyBy },
        note,
      });
    } else if (dialog.kind === 'waiver.supply') {
      const supplied = new Set((values.supplied as string[] | undefined) ?? []);
      const lines = checklist.map((e) => (supplied.has(e.materialId) ? { ...e, status: 'received' as const, waiver: undefined } : e));
      run(dialog.action, { checklist: lines, note });
    } else if (dialog.kind === 'conclude') {
      run(dialog.action, { pickup: values.pickup === true, note });
    } else if (dialog.kind === 'backOffice' && isBackOfficeDialog(dialog.action)) {
      run(dialog.action, { ...backOfficeBody(dialog.action, values), note });
    } else run(dialog.action, { note });
  };

  const waived = checklist
    .filter((e) => e.status === 'waived')
    .map((e) => materials.find((m) => m.id === e.materialId))
    .filter((m) => !!m);

  const buttons = allowedActions.filter((a) => !notButtons.has(a));
  if (buttons.length === 0) return <Typography.Text type="secondary">{t('noActions')}</Typography.Text>;
  return (
    <>
      <Space wrap data-testid={`case-actions-${caseId}`}>
        {buttons.map((a) => (
          <Button
            key={a}
            type={primary.has(a) ? 'primary' : 'default'}
            danger={danger.has(a)}
            loading={act.isPending && act.variables?.action === a}
            disabled={act.isPending}
            onClick={() => click(a)}
            data-testid={`action-${a}`}
          >
            {t(`actions.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={!!dialog}
        title={dialog ? t(`actions.${dialog.action}`) : ''}
        onCancel={() => setDialog(undefined)}
        onOk={() => form.submit()}
        okText={t('confirm')}
        confirmLoading={act.isPending}
        okButtonProps={{ id: 'action-confirm' }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submitDialog} preserve={false}>
          {dialog?.kind === 'intake.refuse' && (
            <>
              <Form.Item name="reasons" label={t('reasons')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea rows={2} data-testid="refuse-reasons" />
              </Form.Item>
              <Form.Item name="basis" label={t('basis')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input data-testid="refuse-basis" />
              </Form.Item>
              <Form.Item
                name="competentAgency"
                label={t('competentAgency')}
                rules={[{ required: true, whitespace: true, message: t('required') }]}
              >
                <Input data-testid="refuse-agency" />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'intake.commitment_approve' && (
            <>
              <Form.Item name="conditions" label={t('conditions')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                <Input.TextArea rows={3} data-testid="commitment-conditions" />
              </Form.Item>
              <Form.Item name="replaced" label={t('replaced')}>
                <Select mode="multiple" options={materials.map((m) => ({ value: m.id, label: m.name }))} />
              </Form.Item>
              <Form.Item name="verifyBy" label={t('verifyBy')} rules={[{ required: true, message: t('required') }]}>
                <DatePicker data-testid="commitment-verify-by" />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'backOffice' && isBackOfficeDialog(dialog.action) && <BackOfficeFields action={dialog.action} />}
          {dialog?.kind === 'waiver.supply' &&
            (waived.length === 0 ? (
              <Empty description={t('noWaived')} />
            ) : (
              <Form.Item name="supplied" label={t('supplyHint')} rules={[{ required: true, message: t('required') }]}>
                <Checkbox.Group options={waived.map((m) => ({ value: m.id, label: m.name }))} />
              </Form.Item>
            ))}
          {dialog?.kind === 'conclude' && (
            <Form.Item name="pickup" valuePropName="checked" initialValue={true}>
              <Checkbox data-testid="conclude-pickup">{t('pickup')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item
            name="note"
            label={t('note')}
            rules={dialog?.kind === 'note' ? [{ required: true, whitespace: true, message: t('required') }] : []}
          >
            <Input.TextArea rows={2} data-testid="action-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
