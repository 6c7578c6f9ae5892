import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { validateUscc } from '../../../../domain/identifiers/index.ts';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { useSave } from '../shared/hooks.ts';
import type { Department } from '../shared/types.ts';

interface Values {
  centerId: string;
  name: string;
  shortName?: string;
  uscc: string;
  phone?: string;
}

/** Create or edit a department; the USCC check digit is checked here before the server does. */
export function DepartmentForm({ department, centerId, onClose }: { department?: Department; centerId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave<Department>('/departments');
  const required = { required: true, message: t('console.common.required') };

  const usccRule = {
    validator: async (_: unknown, value?: string) => {
      if (!value) return;
      const r = validateUscc(value.trim());
      if (!r.ok) throw new Error(t(`console.departments.uscc_${r.reason}`));
    },
  };

  const submit = (v: Values) => {
    const body = { name: v.name, shortName: v.shortName ?? '', uscc: v.uscc.trim().toUpperCase(), phone: v.phone ?? '' };
    return department ? save.mutateAsync({ id: department.id, body }) : save.mutateAsync({ body: { ...body, centerId: v.centerId } });
  };

  return (
    <FormModal<Values>
      title={department ? t('console.departments.edit', { name: department.name }) : t('console.departments.create')}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.common.saved')}
      codeFields={{ DUPLICATE: 'uscc', INVALID_USCC: 'uscc', INACTIVE_REFERENCE: 'centerId' }}
      initialValues={department ? { ...department, shortName: department.shortName ?? '', phone: department.phone ?? '' } : { centerId }}
    >
      {!department && (
        <Form.Item name="centerId" label={t('console.common.center')} rules={[required]}>
          <CenterSelect filter={(c) => c.active} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('console.departments.name')} rules={[required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="shortName" label={t('console.departments.shortName')} rules={[{ max: 30 }]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={t('console.departments.uscc')}
        rules={[required, usccRule]}
        extra={t('console.departments.usccHint')}
        normalize={(v?: string) => v?.toUpperCase()}
        validateDebounce={300}
      >
        <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('console.common.phone')}
        rules={[{ pattern: /^[0-9\-+() ]*$/, message: t('console.common.phoneRule') }]}
      >
        <Input maxLength={30} />
      </Form.Item>
    </FormModal>
  );
}
