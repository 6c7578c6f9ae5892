import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import type { AuditVerifyResult } from './audit-types.ts';

type Verify = UseMutationResult<AuditVerifyResult, Error, void>;

/** Re-computes the hash chain on the server and says whether any entry was altered. */
export function useVerifyChain(): Verify {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<AuditVerifyResult>('/audit/verify', { method: 'POST' }),
    // The verification is itself audited; refresh so the new entry shows at the top.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
}

export function VerifyChainButton({ verify }: { verify: Verify }) {
  const { t } = useTranslation();
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
      {t('supervision.audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: Verify }) {
  const { t } = useTranslation();
  const r = verify.data;
  if (verify.error) return <ErrorAlert error={verify.error} style={{ marginBottom: 16 }} />;
  if (!r) return null;
  return (
    <Alert
      type={r.ok ? 'success' : 'error'}
      showIcon
      closable={{ onClose: () => verify.reset() }}
      title={r.ok ? t('supervision.audit.verifyOk', { checked: r.checked }) : t('supervision.audit.verifyBroken', { checked: r.checked, brokenAt: r.brokenAt, reason: r.reason ?? '' })}
      style={{ marginBottom: 16 }}
      data-testid="audit-verify-result"
    />
  );
}
