import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  caseTypes,
  exerciseLevels,
  itemTypes,
  validateBasicCode,
  type CaseType,
  type ExerciseLevelCode,
  type ItemTypeCode,
} from '../../../../domain/catalog/index.ts';
import { CenterSelect } from '../shared/CenterSelect.tsx';
import { FormModal } from '../shared/FormModal.tsx';
import { useCenters, useMe } from '../shared/hooks.ts';
import { useLang } from '../shared/lang.ts';
import { useCatalogCommands } from './api.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';
import { optionsOf } from './labels.tsx';

interface Values {
  centerId: string;
  basicCode: string;
  localCode?: string;
  name: string;
  subItemName?: string;
  itemType: ItemTypeCode;
  exerciseLevel: ExerciseLevelCode;
  caseType: CaseType;
  departmentId?: string;
}

// 行使层级 of a new item follows the level of the center that owns it.
const levelOfCenter: Record<string, ExerciseLevelCode> = { county: '4', branch: '4', township: '5', village: '6' };

/** 新建事项: the few elements a draft needs; the rest is filled in on the edit page it opens. */
export function NewItemModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const { data: centers = [] } = useCenters();
  const { create } = useCatalogCommands();
  const [form] = Form.useForm<Values>();
  const centerId = Form.useWatch('centerId', form);
  const required = { required: true, message: t('console.common.required') };
  const basicCodeRule = {
    validator: async (_: unknown, v?: string) => {
      if (v && !validateBasicCode(v.trim()).ok) throw new Error(t('console.catalog.create.basicCodeRule'));
    },
  };

  const submit = async (v: Values) => {
    const { centerId: c, basicCode, localCode, departmentId, subItemName, ...guide } = v;
    const r = await create.mutateAsync({
      centerId: c,
      basicCode: basicCode.trim(),
      localCode: localCode?.trim() || null,
      guide: { ...guide, subItemName: subItemName?.trim() || null, departmentId: departmentId ?? null },
    });
    navigate(`/console/catalog/${r.item.id}/edit`);
  };

  const onCenter = (id: string | undefined) => {
    const level = centers.find((c) => c.id === id)?.level;
    if (level) form.setFieldValue('exerciseLevel', levelOfCenter[level]);
    form.setFieldValue('departmentId', undefined);
  };

  return (
    <FormModal<Values>
      title={t('console.catalog.create.title')}
      form={form}
      width={720}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.catalog.create.created')}
      codeFields={{ DUPLICATE: 'localCode', INACTIVE_REFERENCE: 'centerId', OUT_OF_SCOPE: 'departmentId' }}
      initialValues={{
        centerId: me?.center.id,
        exerciseLevel: levelOfCenter[me?.center.level ?? 'county'],
        caseType: 'promised',
        itemType: '01',
      }}
    >
      <Form.Item name="centerId" label={t('console.common.center')} rules={[required]}>
        <CenterSelect filter={(c) => c.active} onChange={onCenter} />
      </Form.Item>
      <Form.Item name="name" label={t('console.catalog.fields.name')} rules={[required, { max: 200 }]}>
        <Input count={{ show: true, max: 200 }} />
      </Form.Item>
      <Form.Item name="subItemName" label={t('console.catalog.fields.subItemName')} extra={t('console.catalog.create.subItemHint')}>
        <Input count={{ show: true, max: 200 }} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="basicCode"
            label={t('console.catalog.fields.basicCode')}
            rules={[required, basicCodeRule]}
            extra={t('console.catalog.create.basicCodeHint')}
          >
            <Input count={{ show: true, max: 50 }} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="localCode"
            label={t('console.catalog.fields.localCode')}
            rules={[{ pattern: /^[0-9A-Za-z_-]{0,50}$/, message: t('console.catalog.create.basicCodeRule') }]}
          >
            <Input count={{ show: true, max: 50 }} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="itemType" label={t('console.catalog.fields.itemType')} rules={[required]}>
            <Select options={optionsOf(itemTypes, lang)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="exerciseLevel" label={t('console.catalog.fields.exerciseLevel')} rules={[required]}>
            <Select options={optionsOf(exerciseLevels, lang)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="caseType" label={t('console.catalog.fields.caseType')} rules={[required]}>
            <Select options={optionsOf(caseTypes, lang)} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="departmentId" label={t('console.catalog.fields.departmentId')}>
            <DepartmentSelect allowClear itemCenterId={centerId} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
