import { Checkbox } from 'antd';
import { adminRoles, roles, type Role } from '../../../../domain/access/index.ts';
import { roleLabel, useLang } from '../shared/lang.ts';

/**
 * Roles as checkboxes with their Chinese names. `withAdmins` is false where the server refuses
 * administrator roles (creating an account: 三权分立 leaves them to the security administrator).
 */
export function RoleCheckboxes({
  value,
  onChange,
  withAdmins,
  id,
}: {
  value?: Role[];
  onChange?: (v: Role[]) => void;
  withAdmins: boolean;
  id?: string;
}) {
  const lang = useLang();
  const offered = roles.filter((r) => withAdmins || !adminRoles.includes(r));
  // The id goes on a wrapper: antd's Form.Item label points at it.
  return (
    <div id={id}>
      <Checkbox.Group<Role>
        value={value}
        onChange={(v) => onChange?.(v)}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}
        options={offered.map((r) => ({ value: r, label: roleLabel(r, lang) }))}
      />
    </div>
  );
}
