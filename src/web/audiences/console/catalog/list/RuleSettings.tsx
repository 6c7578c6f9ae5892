// 规则设置: the promised-limit reduction a center requires (county sets it, townships inherit
// unless they set their own). Read by the publish checks of that center's items.
import { SettingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { CenterSelect } from '../../shared/CenterSelect.tsx';
import { errorText } from '../../shared/serverErrors.ts';
import { useCatalogSettings, useSaveCatalogSettings } from '../files-api.ts';

export function RuleSettings() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<SettingOutlined />} onClick={() => setOpen(true)} data-testid="catalog-rule-settings">
        规则设置
      </Button>
      {open && <RuleSettingsModal onClose={() => setOpen(false)} />}
    </>
  );
}

function RuleSettingsModal({ onClose }: { onClose: () => void }) {
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
      message.success(value === null ? '已恢复为沿用上级设置' : '已保存');
    } catch (err) {
      message.error(errorText(err));
    }
  };
  return (
    <Modal open title="事项清单规则设置" onCancel={onClose} footer={<Button onClick={onClose}>关闭</Button>}>
      <Form layout="vertical">
        <Form.Item label="中心" extra="默认为本人所属中心；乡镇（街道）中心未单独设置时沿用县级中心的设置。">
          <CenterSelect value={centerId ?? s?.centerId} onChange={(v) => (setCenterId(v), setPct(null))} />
        </Form.Item>
        <Form.Item label="承诺时限须比法定时限压缩至少（%）" extra="发布检查据此提示警告（不阻止发布）。">
          <Space>
            <InputNumber min={0} max={90} precision={0} value={shown} onChange={(v) => setPct(v)} addonAfter="%" data-testid="reduction-pct" />
            <Button type="primary" loading={save.isPending} disabled={shown === null} onClick={() => void submit(shown)}>
              保存
            </Button>
            {s?.own && <Button onClick={() => void submit(null)}>改为沿用上级</Button>}
          </Space>
        </Form.Item>
      </Form>
      {s && (
        <Alert
          type="info"
          showIcon
          title={
            s.own
              ? `本中心自行设置为 ${s.promisedReductionPct}%`
              : s.inheritedFrom
                ? `沿用“${s.inheritedFrom.name}”的设置（${s.promisedReductionPct}%）`
                : `未设置，使用默认值 ${s.defaultPct}%`
          }
        />
      )}
      {settings.error && <Typography.Text type="danger">{errorText(settings.error)}</Typography.Text>}
    </Modal>
  );
}
