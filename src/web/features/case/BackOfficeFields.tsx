// The back office's action forms (issue #17): what each pause, extension, decision and ending
// asks before it goes through the one write path. Due dates are never asked for: the server
// derives them from the ledger these actions record.
import { Alert, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseActionRequest } from '../../../contract/case.ts';
import type { CaseAction } from '../../../domain/case/states.ts';
import { PAUSE_KINDS } from '../../../domain/clock/index.ts';

export const backOfficeDialogs = ['pause.start', 'extension.request', 'extension.approve', 'decide.approve', 'decide.refuse', 'withdraw', 'terminate', 'revoke', 'commitment.revoke'] as const;
export type BackOfficeDialog = (typeof backOfficeDialogs)[number];

export function isBackOfficeDialog(a: CaseAction): a is BackOfficeDialog {
  return (backOfficeDialogs as readonly string[]).includes(a);
}

const text = (v: unknown) => String(v ?? '').trim();

/** The request's extra fields from the dialog's values. */
export function backOfficeBody(action: BackOfficeDialog, v: Record<string, unknown>): Partial<CaseActionRequest> {
  switch (action) {
    case 'pause.start':
      return { pause: { kind: v.kind as (typeof PAUSE_KINDS)[number], reason: text(v.reason), timeNeeded: { amount: Number(v.amount), unit: v.unit as 'workday' | 'naturalDay' } } };
    case 'extension.request':
      return { extension: { reason: text(v.reason) } };
    case 'extension.approve':
      return text(v.governmentApproval) ? { extension: { governmentApproval: text(v.governmentApproval) } } : {};
    case 'decide.approve': {
      const until = v.validUntil as { format: (f: string) => string } | undefined;
      return { certificate: { name: text(v.name), number: text(v.number), validUntil: until ? until.format('YYYY-MM-DD') : null, issuingBody: text(v.issuingBody) } };
    }
    case 'decide.refuse':
      return { decisionRefusal: { reasons: text(v.reasons), basis: text(v.basis) } };
    default:
      return { ending: { reason: text(v.reason), ...(text(v.basis) ? { basis: text(v.basis) } : {}) } };
  }
}

export function BackOfficeFields({ action }: { action: BackOfficeDialog }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const req = [{ required: true, whitespace: true, message: t('required') }];
  const reqAny = [{ required: true, message: t('required') }];
  switch (action) {
    case 'pause.start':
      return (
        <>
          <Form.Item name="kind" label={t('pauseKind')} rules={reqAny} initialValue="expertReview">
            <Select data-testid="pause-kind" options={PAUSE_KINDS.map((k) => ({ value: k, label: t(`pauseKinds.${k}`) }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('pauseReason')} rules={req}>
            <Input.TextArea rows={2} data-testid="pause-reason" />
          </Form.Item>
          <Form.Item label={t('timeNeeded')} required>
            <Space.Compact>
              <Form.Item name="amount" noStyle rules={reqAny}>
                <InputNumber min={1} max={365} data-testid="pause-amount" />
              </Form.Item>
              <Form.Item name="unit" noStyle initialValue="workday">
                <Select style={{ width: 120 }} options={(['workday', 'naturalDay'] as const).map((u) => ({ value: u, label: t(`units.${u}`) }))} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        </>
      );
    case 'extension.request':
      return (
        <Form.Item name="reason" label={t('extensionReason')} rules={req}>
          <Input.TextArea rows={2} data-testid="extension-reason" />
        </Form.Item>
      );
    case 'extension.approve':
      return (
        <Form.Item name="governmentApproval" label={t('governmentApproval')}>
          <Input data-testid="extension-government" />
        </Form.Item>
      );
    case 'decide.approve':
      return (
        <>
          <Form.Item name="name" label={t('certName')} rules={req}>
            <Input data-testid="cert-name" />
          </Form.Item>
          <Form.Item name="number" label={t('certNumber')} rules={req}>
            <Input data-testid="cert-number" />
          </Form.Item>
          <Form.Item name="validUntil" label={t('certValidUntil')}>
            <DatePicker data-testid="cert-valid-until" />
          </Form.Item>
          <Form.Item name="issuingBody" label={t('certIssuingBody')} rules={req}>
            <Input data-testid="cert-issuing-body" />
          </Form.Item>
        </>
      );
    case 'decide.refuse':
      return (
        <>
          <Alert type="info" showIcon title={t('rightsHint')} style={{ marginBottom: 12 }} />
          <Form.Item name="reasons" label={t('refusalReasons')} rules={req}>
            <Input.TextArea rows={3} data-testid="refusal-reasons" />
          </Form.Item>
          <Form.Item name="basis" label={t('refusalBasis')} rules={req}>
            <Input data-testid="refusal-basis" />
          </Form.Item>
        </>
      );
    default:
      return (
        <>
          <Form.Item name="reason" label={t('endingReason')} rules={req}>
            <Input.TextArea rows={2} data-testid="ending-reason" />
          </Form.Item>
          {action !== 'withdraw' && (
            <Form.Item name="basis" label={action === 'terminate' ? t('endingBasis') : t('endingBasisOptional')} rules={action === 'terminate' ? req : []}>
              <Input data-testid="ending-basis" />
            </Form.Item>
          )}
        </>
      );
  }
}
