import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../shared/FormModal.tsx';
import { useCatalogCommands } from '../api.ts';
import type { VersionSummary } from '../types.ts';

/** 废止: the published version ends now; cases accepted under it keep it. A reason is required. */
export function RetireModal({ itemId, version, onClose }: { itemId: string; version: VersionSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const { retire } = useCatalogCommands();
  return (
    <FormModal<{ reason: string }>
      title={t('console.catalog.retire.title', { name: version.name, n: version.versionNo })}
      onClose={onClose}
      onSubmit={(v) => retire.mutateAsync({ itemId, reason: v.reason.trim() })}
      successText={t('console.catalog.retire.done')}
    >
      <Alert type="warning" showIcon title={t('console.catalog.retire.hint')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="reason"
        label={t('console.catalog.retire.reason')}
        rules={[{ required: true, whitespace: true, message: t('console.common.required') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} count={{ show: true, max: 500 }} showCount />
      </Form.Item>
    </FormModal>
  );
}
