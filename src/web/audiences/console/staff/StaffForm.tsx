import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../domain/access/index.ts';
import { isMobile, normalizeMobile } from '../../../../domain/identifiers/index.ts';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { useCenters, useDepartments, useSave } from '../shared/hooks.ts';
import type { Staff } from '../shared/types.ts';
import { PasswordInput, usePasswordRules } from './PasswordInput.tsx';
import { RoleCheckboxes } from './RoleCheckboxes.tsx';

interface Values {
  username: string;
  name: string;
  mobile?: string;
  centerId: string;
  departmentId?: string | null;
  roles: Role[];
  initialPassword: string;
}

/**
 * Create an account (with roles and a temporary password) or edit a person's details. Roles of
 * existing accounts change only through the roles editor, which the security administrator holds.
 */
export function StaffForm({ staff, centerId, onClose }: { staff?: Staff; centerId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSave<Staff>('/staff');
  const { data: centers = [] } = useCenters();
  const { data: departments = [] } = useDepartments();
  const passwordRules = usePasswordRules();
  const watchedCenter = Form.useWatch('centerId', form);
  const center = centers.find((c) => c.id === watchedCenter);
  // Someone may belong to a department of their own center or of one above it.
  const eligible = departments.filter((d) => d.active && !!center?.path.includes(`/${d.centerId}/`));
  const required = { required: true, message: t('console.common.required') };
  const mobileRule = {
    validator: async (_: unknown, v?: string) => {
      if (v && !isMobile(normalizeMobile(v))) throw new Error(t('console.staff.mobileRule'));
    },
  };

  const submit = (v: Values) => {
    const mobile = v.mobile?.trim() || undefined;
    const details = { name: v.name, centerId: v.centerId, departmentId: v.departmentId ?? null };
    // The list only knows the masked number: an empty field on edit leaves the number as it is.
    if (staff) return save.mutateAsync({ id: staff.id, body: { ...details, ...(mobile ? { mobile } : {}) } });
    return save.mutateAsync({ body: { ...details, mobile, username: v.username, roles: v.roles, initialPassword: v.initialPassword } });
  };

  return (
    <FormModal<Values>
      form={form}
      width={640}
      title={staff ? t('console.staff.edit', { name: staff.name }) : t('console.staff.create')}
      onClose={onClose}
      onSubmit={submit}
      successText={staff ? t('console.common.saved') : t('console.staff.created')}
      codeFields={{ DUPLICATE: 'username', WEAK_PASSWORD: 'initialPassword', FORBIDDEN: 'roles', OUT_OF_SCOPE: 'centerId' }}
      initialValues={
        staff ? { name: staff.name, centerId: staff.centerId, departmentId: staff.departmentId } : { centerId, roles: ['window_clerk'] }
      }
    >
      {!staff && (
        <Form.Item
          name="username"
          label={t('console.staff.username')}
          rules={[required, { pattern: /^[a-z0-9._-]{2,40}$/, message: t('console.staff.usernameRule') }]}
          normalize={(v?: string) => v?.toLowerCase()}
        >
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('console.staff.name')} rules={[required, { max: 50 }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="mobile"
        label={t('console.staff.mobile')}
        rules={[mobileRule]}
        extra={staff ? t('console.staff.mobileKeep', { masked: staff.mobile ?? '—' }) : undefined}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="centerId" label={t('console.common.center')} rules={[required]}>
        <CenterSelect filter={(c) => c.active} onChange={() => form.setFieldValue('departmentId', null)} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('console.staff.department')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('console.staff.noDepartment')}
          options={eligible.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      {!staff && (
        <>
          <Form.Item
            name="roles"
            label={t('console.staff.roles')}
            rules={[{ required: true, type: 'array', min: 1, message: t('console.staff.rolesRequired') }]}
            extra={t('console.staff.adminRolesHint')}
          >
            <RoleCheckboxes withAdmins={false} />
          </Form.Item>
          <Form.Item
            name="initialPassword"
            label={t('console.staff.initialPassword')}
            rules={passwordRules}
            extra={t('console.staff.passwordHint')}
          >
            <PasswordInput />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
