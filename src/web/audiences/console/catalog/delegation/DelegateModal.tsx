import { DatePicker, Form, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { delegationModes, type DelegationMode } from '../../../../../domain/catalog/index.ts';
import { CenterSelect } from '../../shared/CenterSelect.tsx';
import { FormModal } from '../../shared/FormModal.tsx';
import { useLang } from '../../shared/lang.ts';
import type { Center } from '../../shared/types.ts';
import { useCatalogCommands } from '../api.ts';

interface Values {
  toCenterId: string;
  mode: DelegationMode;
  since?: Dayjs;
}

interface Props {
  itemId: string;
  /** The county center that owns the item. */
  owner: Center;
  /** Centers the item is already delegated to (one delegation in force per center). */
  taken: string[];
  onClose: () => void;
}

/** Delegate the item to one township or village center below its county center. */
export function DelegateModal({ itemId, owner, taken, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { delegate } = useCatalogCommands();
  const below = (c: Center) =>
    c.active &&
    (c.level === 'township' || c.level === 'village') &&
    c.path.startsWith(owner.path) &&
    c.id !== owner.id &&
    !taken.includes(c.id);

  const submit = (v: Values) =>
    delegate.mutateAsync({ itemId, body: { toCenterId: v.toCenterId, mode: v.mode, since: v.since?.format('YYYY-MM-DD') } });

  return (
    <FormModal<Values>
      title={t('console.catalog.delegation.add')}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.catalog.delegation.created')}
      codeFields={{ DUPLICATE: 'toCenterId', CATALOG_DELEGATION_INVALID: 'toCenterId', INACTIVE_REFERENCE: 'toCenterId' }}
      initialValues={{ mode: 'entrust' }}
    >
      <Form.Item
        name="toCenterId"
        label={t('console.catalog.delegation.to')}
        rules={[{ required: true, message: t('console.common.required') }]}
      >
        <CenterSelect filter={below} />
      </Form.Item>
      <Form.Item name="mode" label={t('console.catalog.delegation.mode')} extra={t('console.catalog.delegation.modeHint')}>
        <Radio.Group options={Object.entries(delegationModes).map(([value, l]) => ({ value, label: l[lang] }))} />
      </Form.Item>
      <Form.Item name="since" label={t('console.catalog.delegation.since')} extra={t('console.catalog.delegation.sinceHint')}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
