import { Checkbox, Col, Form, Input, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseTypes, exerciseLevels, handlingScopes, itemTypes, retentionPeriods, serviceObjects, themes } from '../../../../../domain/catalog/index.ts';
import { useLang } from '../../shared/lang.ts';
import { optionsOf } from '../labels.tsx';

/** 基本信息: names, codes, types, who it serves and what it produces. */
export function BasicFields() {
  const { t } = useTranslation();
  const lang = useLang();
  const f = (k: string) => t(`console.catalog.fields.${k}`);
  const required = { required: true, whitespace: true, message: t('console.common.required') };
  return (
    <Row gutter={16}>
      <Col xs={24} md={16}>
        <Form.Item name="name" label={f('name')} rules={[required, { max: 200 }]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="caseType" label={f('caseType')} rules={[{ required: true }]} extra={t('console.catalog.edit.caseTypeHint')}>
          <Select options={optionsOf(caseTypes, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name="subItemName" label={f('subItemName')} rules={[{ max: 200 }]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="subItemCode" label={f('subItemCode')} rules={[{ max: 50 }]}>
          <Input count={{ show: true, max: 50 }} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="itemType" label={f('itemType')} rules={[{ required: true }]}>
          <Select options={optionsOf(itemTypes, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="exerciseLevel" label={f('exerciseLevel')} rules={[{ required: true }]}>
          <Select options={optionsOf(exerciseLevels, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="scope" label={f('scope')}>
          <Select options={optionsOf(handlingScopes, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="serviceObjects" label={f('serviceObjects')}>
          <Checkbox.Group options={optionsOf(serviceObjects, lang)} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="themes" label={f('themes')} extra={t('console.catalog.edit.themesHint')}>
          <Select mode="multiple" maxCount={10} options={optionsOf(themes, lang)} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="keywords" label={f('keywords')} extra={t('console.catalog.edit.keywordsHint')}>
          <Select mode="tags" maxCount={20} open={false} suffixIcon={null} tokenSeparators={[',', '，', '、', ' ']} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="resultName" label={f('resultName')} rules={[{ max: 200 }]}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="resultSample" label={f('resultSample')} rules={[{ max: 200 }]} extra={t('console.catalog.edit.fileNameHint')}>
          <Input count={{ show: true, max: 200 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        {/* 保管期限: how long the archive keeps this item's case files (issue #18, decision 0040). */}
        <Form.Item name="retentionPeriod" label={f('retentionPeriod')} rules={[{ required: true }]} extra={t('console.catalog.edit.retentionHint')}>
          <Select options={optionsOf(retentionPeriods, lang)} data-testid="guide-retention" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="quantityLimit" label={f('quantityLimit')} rules={[{ max: 500 }]}>
          <Input count={{ show: true, max: 500 }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="commitmentEligible"
          label={f('commitmentEligible')}
          valuePropName="checked"
          extra={t('console.catalog.edit.commitmentHint')}
        >
          <Switch />
        </Form.Item>
      </Col>
    </Row>
  );
}
