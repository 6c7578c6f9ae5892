import { Alert, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListBlock } from './ListFields.tsx';

// Ids only need to be unique within the version: they key the answers a case keeps.
const newKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const blankOption = () => ({ id: newKey('o'), label: '', requires: [], drops: [], conditions: '' });

/** 情形引导: questions, each with options that require or remove materials of this draft (by name). */
export function SituationFields({ materialNames }: { materialNames: string[] }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`console.catalog.situationsEdit.${key}`);
  const options = materialNames.map((n) => ({ value: n, label: n }));
  const materialSelect = (name: (string | number)[], label: string, extra: string, testId: string) => (
    <Form.Item name={name} label={label} extra={extra}>
      <Select mode="multiple" allowClear options={options} data-testid={testId} />
    </Form.Item>
  );
  return (
    <>
      <Typography.Paragraph type="secondary">{k('hint')}</Typography.Paragraph>
      {materialNames.length === 0 && <Alert type="info" showIcon title={k('noMaterials')} style={{ marginBottom: 12 }} />}
      <ListBlock name={['situations']} addText={k('add')} blank={{ id: newKey('q'), question: '', options: [blankOption(), blankOption()] }} max={30} testId="situations">
        {(qi) => (
          <>
            <Form.Item name={[qi, 'id']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={[qi, 'question']} label={k('question')} rules={[{ required: true, whitespace: true, max: 200 }]}>
              <Input placeholder={k('questionPlaceholder')} maxLength={200} data-testid={`situation-question-${qi}`} />
            </Form.Item>
            <ListBlock name={[qi, 'options']} title={k('options')} addText={k('addOption')} blank={blankOption()} max={20} testId={`situation-options-${qi}`}>
              {(oi) => (
                <>
                  <Form.Item name={[oi, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[oi, 'label']} label={k('option')} rules={[{ required: true, whitespace: true, max: 100 }]}>
                    <Input placeholder={k('optionPlaceholder')} maxLength={100} data-testid={`situation-option-${qi}-${oi}`} />
                  </Form.Item>
                  <Row gutter={12}>
                    <Col xs={24} md={12}>
                      {materialSelect([oi, 'requires'], k('requires'), k('requiresHint'), `situation-requires-${qi}-${oi}`)}
                    </Col>
                    <Col xs={24} md={12}>
                      {materialSelect([oi, 'drops'], k('drops'), k('dropsHint'), `situation-drops-${qi}-${oi}`)}
                    </Col>
                  </Row>
                  <Form.Item name={[oi, 'conditions']} label={k('conditions')} rules={[{ max: 1000 }]}>
                    <Input.TextArea rows={2} maxLength={1000} />
                  </Form.Item>
                </>
              )}
            </ListBlock>
          </>
        )}
      </ListBlock>
    </>
  );
}
