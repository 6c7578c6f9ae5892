import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { parentRegionCode, regionLevelOf, validateRegionCode } from '../../../../domain/identifiers/index.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { useSave } from '../shared/hooks.ts';
import type { Region } from '../shared/types.ts';

interface Values {
  code: string;
  name: string;
  parentCode?: string;
}

/** Add a region by its GB/T 2260 code; the parent follows from the code and is filled in. */
export function RegionForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSave<Region>('/regions');
  const code = Form.useWatch('code', form) ?? '';
  const level = regionLevelOf(code.trim());
  const codeRule = {
    validator: async (_: unknown, v?: string) => {
      if (v && !validateRegionCode(v.trim()).ok) throw new Error(t('console.regions.codeRule'));
    },
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('console.regions.create')}
      onClose={onClose}
      onSubmit={(v) => save.mutateAsync({ body: { code: v.code.trim(), name: v.name, parentCode: v.parentCode?.trim() || undefined } })}
      successText={t('console.common.saved')}
      codeFields={{ DUPLICATE: 'code', INVALID_REGION_CODE: 'parentCode' }}
    >
      <Form.Item
        name="code"
        label={t('console.regions.code')}
        rules={[{ required: true, message: t('console.common.required') }, codeRule]}
        extra={level ? t('console.regions.levelIs', { level: t(`console.regions.levels.${level}`) }) : t('console.regions.codeHint')}
      >
        <Input
          maxLength={12}
          inputMode="numeric"
          style={{ fontFamily: 'monospace' }}
          onChange={(e) => form.setFieldValue('parentCode', parentRegionCode(e.target.value.trim()) ?? '')}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('console.regions.name')}
        rules={[{ required: true, message: t('console.common.required') }, { max: 100 }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="parentCode" label={t('console.regions.parentCode')} extra={t('console.regions.parentHint')}>
        <Input maxLength={12} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
    </FormModal>
  );
}
