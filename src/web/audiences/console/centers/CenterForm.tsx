import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { useCenters, useMe, useSave } from '../shared/hooks.ts';
import { RegionSelect } from '../shared/RegionSelect.tsx';
import type { Center, CenterLevel } from '../shared/types.ts';
import { childLevels, mayHaveChildren, regionDigits } from './levels.ts';

interface Values {
  parentId?: string;
  level?: CenterLevel;
  code?: string;
  name: string;
  regionCode: string;
  address?: string;
  phone?: string;
  openingHours?: string;
}

/** Create a center under a parent (level limited by the parent's level), or edit one. */
export function CenterForm({ center, parent, onClose }: { center?: Center; parent?: Center; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSave<Center>('/centers');
  const { data: centers = [] } = useCenters();
  // One's own center's region bounds one's scope: only the center above changes it (decision 0019).
  const { data: me } = useMe();
  const ownCenter = !!center && center.id === me?.center.id;
  const parentId = Form.useWatch('parentId', form) ?? parent?.id;
  const level = Form.useWatch('level', form) ?? center?.level;
  const chosenParent = centers.find((c) => c.id === parentId);
  const levels = chosenParent ? childLevels[chosenParent.level] : [];
  const required = [{ required: true, message: t('console.common.required') }];

  const submit = (v: Values) => {
    const fields = {
      name: v.name,
      regionCode: v.regionCode,
      address: v.address ?? '',
      phone: v.phone ?? '',
      openingHours: v.openingHours ?? '',
    };
    return center
      ? save.mutateAsync({ id: center.id, body: fields })
      : save.mutateAsync({ body: { ...fields, code: v.code, level: v.level, parentId: v.parentId } });
  };

  return (
    <FormModal<Values>
      form={form}
      width={680}
      title={center ? t('console.centers.edit', { name: center.name }) : t('console.centers.create')}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.common.saved')}
      codeFields={{ DUPLICATE: 'code', INVALID_REGION_CODE: 'regionCode', REGION_OUTSIDE_PARENT: 'regionCode', INVALID_PARENT: 'level' }}
      initialValues={
        center
          ? {
              name: center.name,
              regionCode: center.regionCode,
              address: center.address ?? '',
              phone: center.phone ?? '',
              openingHours: center.openingHours ?? '',
            }
          : { parentId: parent?.id, level: parent ? childLevels[parent.level][0] : undefined }
      }
    >
      {!center && (
        <>
          <Form.Item name="parentId" label={t('console.centers.parent')} rules={required} extra={t('console.centers.levelHint')}>
            <CenterSelect filter={mayHaveChildren} onChange={() => form.setFieldsValue({ level: undefined, regionCode: undefined })} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="level" label={t('console.centers.level')} rules={required}>
                <Select
                  options={levels.map((l) => ({ value: l, label: t(`console.levels.${l}`) }))}
                  onChange={() => form.setFieldValue('regionCode', undefined)}
                />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item
                name="code"
                label={t('console.centers.code')}
                rules={[...required, { pattern: /^[A-Za-z0-9_-]{2,50}$/, message: t('console.centers.codeRule') }]}
                extra={t('console.centers.codeHint')}
              >
                <Input maxLength={50} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Form.Item name="name" label={t('console.centers.name')} rules={[...required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('console.centers.region')} rules={required} extra={t(ownCenter ? 'console.centers.ownRegionHint' : 'console.centers.regionHint')}>
        <RegionSelect digits={level ? regionDigits[level] : undefined} prefix={center ? undefined : chosenParent?.regionCode} disabled={ownCenter} />
      </Form.Item>
      <Form.Item name="address" label={t('console.centers.address')} rules={[{ max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="phone"
            label={t('console.common.phone')}
            rules={[{ pattern: /^[0-9\-+() ]*$/, message: t('console.common.phoneRule') }]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item name="openingHours" label={t('console.centers.openingHours')} rules={[{ max: 200 }]}>
            <Input maxLength={200} placeholder={t('console.centers.openingHoursPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
