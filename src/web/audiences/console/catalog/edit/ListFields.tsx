import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { specialProcedureKinds } from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';
import { DepartmentSelect } from '../DepartmentSelect.tsx';
import { optionsOf } from '../labels.tsx';
import { LimitInput } from './LimitInput.tsx';

type Name = (string | number)[];

interface ListBlockProps {
  name: Name;
  /** Omitted when the enclosing section already says what the list is. */
  title?: string;
  addText: string;
  /** A new entry's values. */
  blank: object;
  max?: number;
  testId?: string;
  /** The fields of entry `index`, named relative to it (`[index, 'name']`). */
  children: (index: number) => ReactNode;
}

/** A repeatable group (steps, FAQ, joint departments …): one small card per entry, add and remove. */
export function ListBlock({ name, title, addText, blank, max = 50, testId, children }: ListBlockProps) {
  const { t } = useTranslation();
  return (
    <Form.Item label={title} data-testid={testId}>
      <Form.List name={name}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 8, background: '#fafafa' }}
                title={`${i + 1}`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('console.catalog.edit.remove')}
                  />
                }
              >
                {children(field.name)}
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)} disabled={fields.length >= max}>
              {addText}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}

const tight = { style: { marginBottom: 8 } };

/** 共同实施部门 of a 联办件: a department of the system, or a name for one outside it. */
export function JointDepartmentsList({ itemCenterId }: { itemCenterId?: string }) {
  const { t } = useTranslation();
  return (
    <ListBlock
      name={['jointDepartments']}
      title={t('console.catalog.fields.jointDepartments')}
      addText={t('console.catalog.edit.addJoint')}
      blank={{ departmentId: null, name: '' }}
      max={30}
    >
      {(i) => (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={[i, 'departmentId']} label={t('console.catalog.edit.jointDepartment')} {...tight}>
              <DepartmentSelect allowClear itemCenterId={itemCenterId} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={[i, 'name']}
              label={t('console.catalog.edit.jointName')}
              extra={t('console.catalog.edit.jointNameHint')}
              {...tight}
            >
              <Input count={{ show: true, max: 100 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </ListBlock>
  );
}

/** 中介服务 the applicant needs (a survey, a valuation …), with its basis. */
export function IntermediaryList() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('console.common.required') };
  return (
    <ListBlock
      name={['intermediaryServices']}
      title={t('console.catalog.fields.intermediaryServices')}
      addText={t('console.catalog.edit.addIntermediary')}
      blank={{ name: '', basis: '', required: true }}
      max={30}
    >
      {(i) => (
        <Row gutter={12}>
          <Col xs={24} md={9}>
            <Form.Item name={[i, 'name']} label={t('console.catalog.edit.intermediaryName')} rules={[required]} {...tight}>
              <Input count={{ show: true, max: 200 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={11}>
            <Form.Item name={[i, 'basis']} label={t('console.catalog.edit.basis')} {...tight}>
              <Input count={{ show: true, max: 500 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name={[i, 'required']} label={t('console.catalog.material.required')} valuePropName="checked" {...tight}>
              <Switch />
            </Form.Item>
          </Col>
        </Row>
      )}
    </ListBlock>
  );
}

/** 特别程序 (extension, expert review …) with their own time limits. */
export function SpecialProceduresList() {
  const { t } = useTranslation();
  const lang = useLang();
  const required = { required: true, whitespace: true, message: t('console.common.required') };
  return (
    <ListBlock
      name={['specialProcedures']}
      title={t('console.catalog.fields.specialProcedures')}
      addText={t('console.catalog.edit.addProcedure')}
      blank={{ kind: '1', name: '', note: '', limit: { amount: null, unit: 'workday', note: '' } }}
      max={10}
    >
      {(i) => (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name={[i, 'kind']} label={t('console.catalog.edit.procedureKind')} {...tight}>
              <Select options={optionsOf(specialProcedureKinds, lang)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={[i, 'name']} label={t('console.catalog.edit.procedureName')} rules={[required]} {...tight}>
              <Input count={{ show: true, max: 100 }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <LimitInput name={[i, 'limit']} absolute={['specialProcedures', i, 'limit']} label={t('console.catalog.edit.procedureLimit')} />
          </Col>
          <Col xs={24}>
            <Form.Item name={[i, 'note']} label={t('console.catalog.material.notes')} {...tight}>
              <Input count={{ show: true, max: 500 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </ListBlock>
  );
}

/** 常见问题: what applicants keep asking, answered once for the desk, the phone line and the portal. */
export function FaqList() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('console.common.required') };
  return (
    <ListBlock
      name={['faq']}
      title={t('console.catalog.fields.faq')}
      addText={t('console.catalog.edit.addFaq')}
      blank={{ question: '', answer: '' }}
    >
      {(i) => (
        <>
          <Form.Item name={[i, 'question']} label={t('console.catalog.edit.question')} rules={[required]} {...tight}>
            <Input count={{ show: true, max: 500 }} />
          </Form.Item>
          <Form.Item name={[i, 'answer']} label={t('console.catalog.edit.answer')} rules={[required]} {...tight}>
            <Input.TextArea rows={2} count={{ show: true, max: 2000 }} />
          </Form.Item>
        </>
      )}
    </ListBlock>
  );
}
