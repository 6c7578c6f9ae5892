import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListBlock } from './ListFields.tsx';
import { LimitInput } from './LimitInput.tsx';
import { useGuideRules } from './rules.ts';

const tight = { style: { marginBottom: 8 } };

/** 审查细则 of one step: each point the approver checks, its basis and what to look out for. */
function ReviewRules({ step }: { step: number }) {
  const { t } = useTranslation();
  return (
    <Form.List name={[step, 'reviewRules']}>
      {(fields, { add, remove }) => (
        <div style={{ borderLeft: '3px solid #d9d9d9', paddingLeft: 12 }}>
          <Typography.Text type="secondary">{t('console.catalog.guide.reviewRules')}</Typography.Text>
          {fields.map((field, i) => (
            <Row gutter={8} key={field.key} align="top" style={{ marginTop: 8 }}>
              <Col flex="24px" style={{ paddingTop: 5 }}>
                {i + 1}.
              </Col>
              <Col flex="1 1 200px">
                <Form.Item
                  name={[field.name, 'point']}
                  rules={[{ required: true, whitespace: true, message: t('console.common.required') }]}
                  {...tight}
                >
                  <Input
                    placeholder={t('console.catalog.guide.rulePoint')}
                    count={{ show: true, max: 200 }}
                    aria-label={t('console.catalog.guide.rulePoint')}
                  />
                </Form.Item>
              </Col>
              <Col flex="1 1 200px">
                <Form.Item name={[field.name, 'basis']} {...tight}>
                  <Input
                    placeholder={t('console.catalog.guide.ruleBasis')}
                    count={{ show: true, max: 500 }}
                    aria-label={t('console.catalog.guide.ruleBasis')}
                  />
                </Form.Item>
              </Col>
              <Col flex="2 1 260px">
                <Form.Item name={[field.name, 'keyPoints']} {...tight}>
                  <Input.TextArea
                    autoSize
                    placeholder={t('console.catalog.guide.ruleKeyPoints')}
                    count={{ show: true, max: 1000 }}
                    aria-label={t('console.catalog.guide.ruleKeyPoints')}
                  />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('console.catalog.edit.remove')}
                />
              </Col>
            </Row>
          ))}
          <Button
            size="small"
            type="link"
            icon={<PlusOutlined />}
            onClick={() => add({ point: '', basis: '', keyPoints: '' })}
            disabled={fields.length >= 50}
          >
            {t('console.catalog.edit.addRule')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

/** 办理流程: the steps in order, each naming its responsible post and a contact phone. */
export function ProcessFields() {
  const { t } = useTranslation();
  const { required, phone } = useGuideRules();
  return (
    <ListBlock
      name={['process']}
      addText={t('console.catalog.edit.addStep')}
      blank={{ name: '', post: '', phone: '', reviewRules: [], timeAllowed: { amount: null, unit: 'workday', note: '' } }}
      max={30}
      testId="process-list"
    >
      {(i) => (
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name={[i, 'name']} label={t('console.catalog.guide.step')} rules={[required, { max: 50 }]} {...tight}>
              <Input count={{ show: true, max: 50 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name={[i, 'post']} label={t('console.catalog.guide.post')} rules={[required, { max: 100 }]} {...tight}>
              <Input count={{ show: true, max: 100 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={[i, 'phone']} label={t('console.common.phone')} rules={[phone]} {...tight}>
              <Input count={{ show: true, max: 50 }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <LimitInput name={[i, 'timeAllowed']} absolute={['process', i, 'timeAllowed']} label={t('console.catalog.guide.timeAllowed')} />
          </Col>
          <Col xs={24}>
            <ReviewRules step={i} />
          </Col>
        </Row>
      )}
    </ListBlock>
  );
}
