import { Alert, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArchiveVerification } from '../../../../contract/archive.ts';

/** What a verification found: intact, or each package and file that broke. */
export function VerificationResult({ result }: { result: ArchiveVerification }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'workbench.archive' });
  if (result.intact) return <Alert type="success" showIcon data-testid="archive-verify-result" title={t('intact', { count: result.packages.length })} />;
  if (!result.batchId && result.packages.every((p) => !p.archiveCode)) return <Alert type="warning" showIcon data-testid="archive-verify-result" title={t('unknown')} />;
  const lines = [
    ...result.problems.map((p) => `${p.path}：${t(`problem.${p.problem}`)}`),
    ...result.packages.filter((p) => !p.intact).flatMap((p) => p.problems.map((f) => `${p.archiveCode} › ${f.path || 'zip'}：${t(`problem.${f.problem}`)}`)),
  ];
  return (
    <Alert
      type="error"
      showIcon
      data-testid="archive-verify-result"
      title={t('broken')}
      description={<List size="small" dataSource={lines} renderItem={(l) => <List.Item>{l}</List.Item>} />}
    />
  );
}
