// 规则设置: the promised-limit reduction a center requires (county sets it, townships inherit
// unless they set their own). Read by the publish checks of that center's items.
import { SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenterSelect } from '../../shared/CenterSelect.tsx';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogSettings, useSaveCatalogSettings } from '../files-api.ts';

export function RuleSettings() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="catalog-rule-settings">
        {t('console.catalog.ruleSettings.button')}
      </Button>
      {open && <RuleSettingsModal onClose={() => setOpen(false)} />}
    </>
  );
}

function RuleSettingsModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [centerId, setCenterId] = useState<string | undefined>();
  const settings = useCatalogSettings(centerId);
  const save = useSaveCatalogSettings();
  const [pct, setPct] = useState<number | null>(null);
  const s = settings.data;
  const shown = pct ?? s?.promisedReductionPct ?? null;
  const submit = async (value: number | null) => {
    if (!s) return;
    try {
      await save.mutateAsync({ centerId: s.centerId, pct: value });
      setPct(null);
      message.success(t(value === null ? 'console.catalog.ruleSettings.inherited' : 'console.catalog.ruleSettings.saved'));
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <Modal open title={t('console.catalog.ruleSettings.title')} onCancel={onClose} footer={<Button onClick={onClose}>{t('console.catalog.ruleSettings.close')}</Button>}>
      <Form layout="vertical">
        <Form.Item label={t('console.catalog.ruleSettings.center')} extra={t('console.catalog.ruleSettings.centerHint')}>
          <CenterSelect value={centerId ?? s?.centerId} onChange={(v) => (setCenterId(v), setPct(null))} />
        </Form.Item>
        <Form.Item label={t('console.catalog.ruleSettings.reduction')} extra={t('console.catalog.ruleSettings.reductionHint')}>
          <Space>
            <InputNumber min={0} max={90} precision={0} value={shown} onChange={(v) => setPct(v)} addonAfter="%" data-testid="reduction-pct" />
            <Button type="primary" loading={save.isPending} disabled={shown === null} onClick={() => void submit(shown)}>
              {t('console.catalog.ruleSettings.save')}
            </Button>
            {s?.own && <Button onClick={() => void submit(null)}>{t('console.catalog.ruleSettings.inherit')}</Button>}
          </Space>
        </Form.Item>
      </Form>
      {s && (
        <Alert
          type="info"
          showIcon
          title={
            s.own
              ? t('console.catalog.ruleSettings.own', { pct: s.promisedReductionPct })
              : s.inheritedFrom
                ? t('console.catalog.ruleSettings.inheritedFrom', { name: s.inheritedFrom.name, pct: s.promisedReductionPct })
                : t('console.catalog.ruleSettings.unset', { pct: s.defaultPct })
          }
        />
      )}
      {settings.error && <Typography.Text type="danger">{errorText(settings.error)}</Typography.Text>}
    </Modal>
  );
}
