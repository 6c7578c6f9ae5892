import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { bodyNatures, implementationCodeMessage, validateImplementationCode } from '../../../../../domain/catalog/index.ts';
import { validateUscc } from '../../../../../domain/identifiers/index.ts';
import { useDepartments } from '../../shared/hooks.ts';
import { useLang } from '../../shared/lang.ts';
import { DepartmentSelect } from '../DepartmentSelect.tsx';
import { optionsOf } from '../labels.tsx';
import { JointDepartmentsList, IntermediaryList } from './ListFields.tsx';

/** 实施主体: the department and body, its credit code and nature, 实施编码, and who else takes part. */
export function BodyFields({ itemCenterId }: { itemCenterId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const form = Form.useFormInstance();
  const { data: departments = [] } = useDepartments();
  const f = (k: string) => t(`console.catalog.fields.${k}`);

  const usccRule = {
    validator: async (_: unknown, v?: string) => {
      if (v?.trim() && !validateUscc(v.trim().toUpperCase()).ok) throw new Error(t('console.departments.uscc_checksum'));
    },
  };
  // Chinese only, like the server's own wording of the same check.
  const codeRule = {
    validator: async (_: unknown, v?: string) => {
      if (!v?.trim()) return;
      const r = validateImplementationCode(v.trim());
      if (!r.ok) throw new Error(implementationCodeMessage(r));
    },
  };
  // Choosing a department fills the body's name and code when they are still empty.
  const onDepartment = (id: string | undefined) => {
    const dep = departments.find((d) => d.id === id);
    if (!dep) return;
    if (!form.getFieldValue('implementingBody')) form.setFieldValue('implementingBody', dep.name);
    if (!form.getFieldValue('implementingBodyUscc')) form.setFieldValue('implementingBodyUscc', dep.uscc);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="departmentId" label={f('departmentId')}>
          <DepartmentSelect allowClear itemCenterId={itemCenterId} onChange={onDepartment} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="implementingBody" label={f('implementingBody')} rules={[{ max: 200 }]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="implementingBodyUscc"
          label={f('implementingBodyUscc')}
          rules={[usccRule]}
          normalize={(v?: string) => v?.toUpperCase()}
          validateDebounce={300}
        >
          <Input count={{ show: true, max: 18 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="implementingBodyNature" label={f('implementingBodyNature')}>
          <Select options={optionsOf(bodyNatures, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="implementationCode"
          label={f('implementationCode')}
          rules={[codeRule]}
          extra={t('console.catalog.edit.implementationCodeHint')}
          validateDebounce={300}
        >
          <Input count={{ show: true, max: 69 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="undertakingBody"
          label={f('undertakingBody')}
          rules={[{ max: 200 }]}
          extra={t('console.catalog.edit.undertakingHint')}
        >
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="leadDepartmentId" label={f('leadDepartmentId')} extra={t('console.catalog.edit.leadHint')}>
          <DepartmentSelect allowClear itemCenterId={itemCenterId} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <JointDepartmentsList itemCenterId={itemCenterId} />
      </Col>
      <Col xs={24}>
        <IntermediaryList />
      </Col>
    </Row>
  );
}
