import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Input, Spin, Tag } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { VerifyResult } from '../../../../contract/certificate.ts';
import { api, ApiError, type ApiErrorBody } from '../../../api/client.ts';
import { errorText } from '../../../ui/ErrorAlert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { useDocumentTitle } from '../shared/hooks.ts';
import './messages.ts';

const colors = { valid: 'green', revoked: 'orange', altered: 'red', unknown: 'default' } as const;

async function verifyCopy(file: File): Promise<VerifyResult> {
  const res = await fetch('/api/v1/portal/certificates/verify-copy', { method: 'POST', headers: { 'content-type': 'application/pdf' }, body: file });
  const data = (await res.json().catch(() => ({ code: 'INTERNAL', message: res.statusText }))) as unknown;
  if (!res.ok) throw new ApiError(res.status, data as ApiErrorBody);
  return data as VerifyResult;
}

function Verdict({ r, testId }: { r: VerifyResult; testId: string }) {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portalVerify' });
  const en = i18n.language?.startsWith('en');
  const f = r.fields;
  return (
    <div data-testid={testId} data-verdict={r.verdict} style={{ marginTop: 16 }}>
      <p style={{ textAlign: 'center', margin: '8px 0' }}>
        <Tag color={colors[r.verdict]} style={{ fontSize: 24, padding: '8px 20px', lineHeight: '32px' }} data-testid={`${testId}-verdict`}>
          {t(`verdict.${r.verdict}`)}
        </Tag>
      </p>
      <Alert type={r.verdict === 'valid' ? 'success' : r.verdict === 'revoked' ? 'warning' : 'error'} showIcon title={t(`verdictHint.${r.verdict}`)} description={r.reasonText ? (en ? r.reasonText.en : r.reasonText.zh) : undefined} />
      {(r.revokedAt || r.revokeReason) && (
        <Descriptions column={1} size="small" bordered style={{ marginTop: 12 }}>
          {r.revokedAt && <Descriptions.Item label={t('revokedAt')}>{formatDateTime(r.revokedAt)}</Descriptions.Item>}
          {r.revokeReason && <Descriptions.Item label={t('revokeReason')}>{r.revokeReason}</Descriptions.Item>}
        </Descriptions>
      )}
      {f && (
        <Descriptions column={1} size="small" bordered style={{ marginTop: 12 }} data-testid={`${testId}-fields`}>
          <Descriptions.Item label={t('name')}>{f.name}</Descriptions.Item>
          <Descriptions.Item label={t('number')}>{f.number}</Descriptions.Item>
          <Descriptions.Item label={t('holder')}>{f.holder}</Descriptions.Item>
          <Descriptions.Item label={t('holderId')}>{f.holderId}</Descriptions.Item>
          <Descriptions.Item label={t('item')}>{f.item}</Descriptions.Item>
          <Descriptions.Item label={t('validUntil')}>{f.validUntil ?? t('longTerm')}</Descriptions.Item>
          <Descriptions.Item label={t('issuingBody')}>{f.issuingBody}</Descriptions.Item>
          <Descriptions.Item label={t('caseNumber')}>{f.caseNumber}</Descriptions.Item>
          <Descriptions.Item label={t('issuedAt')}>{formatDateTime(f.issuedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('code')}>{f.code}</Descriptions.Item>
          {r.keyId && <Descriptions.Item label={t('keyId')}>{r.keyId}</Descriptions.Item>}
        </Descriptions>
      )}
    </div>
  );
}

/**
 * /portal/verify/:code — where a certificate's QR code lands (phone-sized): the platform's
 * verdict on the certificate of that code, and a check of an uploaded copy of its PDF.
 */
export function VerifyPage() {
  const { t, i18n } = useTranslation(undefined, { keyPrefix: 'portalVerify' });
  useDocumentTitle(t('title'), i18n.t('portal.title'));
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const file = useRef<HTMLInputElement>(null);
  const byCode = useQuery({ queryKey: ['verify-certificate', code], queryFn: () => api<VerifyResult>(`/portal/certificates/verify/${encodeURIComponent(code)}`), enabled: !!code, retry: false });
  const copy = useMutation({ mutationFn: verifyCopy });
  return (
    <section className="ow-panel ow-section" style={{ maxWidth: 480, margin: '0 auto' }} data-testid="verify-page">
      <h1 style={{ fontSize: 22 }}>{t('title')}</h1>
      <p className="ow-small ow-muted">{t('intro')}</p>
      {!code && (
        // Typed from the printed 核验码 when the QR cannot be scanned.
        <Input.Search
          size="large"
          placeholder={t('codePlaceholder')}
          enterButton={t('check')}
          maxLength={24}
          autoComplete="off"
          data-testid="verify-code"
          onSearch={(v) => v.trim() && void navigate(`/portal/verify/${encodeURIComponent(v.trim())}`)}
        />
      )}
      {byCode.isPending && code && <Spin tip={t('checking')} />}
      {byCode.error && <Alert type="error" showIcon title={errorText(byCode.error, t('failed'))} />}
      {byCode.data && <Verdict r={byCode.data} testId="verify-result" />}
      <div style={{ marginTop: 24 }}>
        <input
          ref={file}
          type="file"
          accept="application/pdf,.pdf"
          style={{ display: 'none' }}
          data-testid="verify-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) copy.mutate(f);
            e.target.value = '';
          }}
        />
        <Button size="large" block onClick={() => file.current?.click()} loading={copy.isPending} data-testid="verify-upload">
          {t('upload')}
        </Button>
        <p className="ow-small ow-muted">{t('uploadHint')}</p>
        {copy.error && <Alert type="error" showIcon title={errorText(copy.error, t('failed'))} />}
        {copy.data && (
          <>
            <h2 style={{ fontSize: 18, marginTop: 16 }}>{t('copyResult')}</h2>
            <Verdict r={copy.data} testId="verify-copy" />
          </>
        )}
      </div>
    </section>
  );
}
