import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { useCenters, useDepartments, useSave } from '../shared/hooks.ts';
import type { ServiceWindow } from '../shared/types.ts';

interface Values {
  centerId: string;
  number: string;
  name: string;
  kind: ServiceWindow['kind'];
  departmentId?: string | null;
}

/** Create or edit a window. */
export function WindowForm({ window: w, centerId, onClose }: { window?: ServiceWindow; centerId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSave<ServiceWindow>('/windows');
  const { data: centers = [] } = useCenters();
  const { data: departments = [] } = useDepartments();
  const watchedCenter = Form.useWatch('centerId', form) ?? w?.centerId;
  const chosenCenter = centers.find((c) => c.id === watchedCenter);
  // The server accepts a department of the window's own center or of a center above it
  // (a county bureau staffing a township hall): the path of the center lists exactly those.
  const eligible = departments.filter((d) => d.active && !!chosenCenter?.path.includes(`/${d.centerId}/`));
  const required = { required: true, message: t('console.common.required') };

  const submit = (v: Values) => {
    const body = { number: v.number.trim(), name: v.name, kind: v.kind, departmentId: v.departmentId ?? null };
    return w ? save.mutateAsync({ id: w.id, body }) : save.mutateAsync({ body: { ...body, centerId: v.centerId } });
  };

  return (
    <FormModal<Values>
      form={form}
      title={w ? t('console.windows.edit', { number: w.number }) : t('console.windows.create')}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.common.saved')}
      codeFields={{ DUPLICATE: 'number', OUT_OF_SCOPE: 'departmentId' }}
      initialValues={w ?? { centerId, kind: 'comprehensive' }}
    >
      {!w && (
        <Form.Item name="centerId" label={t('console.common.center')} rules={[required]}>
          <CenterSelect filter={(c) => c.active} onChange={() => form.setFieldValue('departmentId', undefined)} />
        </Form.Item>
      )}
      <Form.Item
        name="number"
        label={t('console.windows.number')}
        rules={[required, { pattern: /^[A-Za-z0-9-]{1,10}$/, message: t('console.windows.numberRule') }]}
        extra={t('console.windows.numberHint')}
      >
        <Input maxLength={10} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="name" label={t('console.windows.name')} rules={[required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('console.windows.kind')} rules={[required]}>
        <Radio.Group
          options={[
            { value: 'comprehensive', label: t('console.windows.kinds.comprehensive') },
            { value: 'specialised', label: t('console.windows.kinds.specialised') },
          ]}
        />
      </Form.Item>
      <Form.Item name="departmentId" label={t('console.windows.department')} extra={t('console.windows.departmentHint')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('console.windows.noDepartment')}
          options={eligible.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
    </FormModal>
  );
}
