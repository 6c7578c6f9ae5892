import { Col, Form, Input, InputNumber, Radio, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListBlock } from './ListFields.tsx';
import { useGuideRules } from './rules.ts';

const tight = { style: { marginBottom: 8 } };

/** Yuan with two decimals; the API stores integer fen (formValues.ts converts). */
function Money({ label, ...rest }: { label: string; id?: string; value?: number | null; onChange?: (v: number | null) => void }) {
  return <InputNumber {...rest} min={0} max={100_000_000} precision={2} step={1} prefix="¥" style={{ width: '100%' }} aria-label={label} />;
}

/** One 收费标准 entry: a fixed amount, or a price per unit with optional floor and cap. */
function FeeItemFields({ index }: { index: number }) {
  const { t } = useTranslation();
  const { required } = useGuideRules();
  const kind = Form.useWatch(['fee', 'items', index, 'kind'], Form.useFormInstance());
  const money = (key: string, label: string, mandatory = false) => (
    <Form.Item
      name={[index, key]}
      label={label}
      rules={mandatory ? [{ required: true, message: t('console.common.required') }] : []}
      {...tight}
    >
      <Money label={label} />
    </Form.Item>
  );
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item name={[index, 'kind']} label={t('console.catalog.edit.feeKind')} {...tight}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'fixed', label: t('console.catalog.edit.feeFixed') },
              { value: 'perUnit', label: t('console.catalog.edit.feePerUnit') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name={[index, 'name']} label={t('console.catalog.edit.feeName')} rules={[required]} {...tight}>
          <Input count={{ show: true, max: 100 }} />
        </Form.Item>
      </Col>
      {kind === 'perUnit' ? (
        <>
          <Col xs={12} md={6}>
            <Form.Item name={[index, 'unit']} label={t('console.catalog.edit.feeUnit')} rules={[required]} {...tight}>
              <Input count={{ show: true, max: 20 }} placeholder={t('console.catalog.edit.feeUnitPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            {money('unitYuan', t('console.catalog.edit.feeUnitPrice'), true)}
          </Col>
          <Col xs={12} md={6}>
            {money('minYuan', t('console.catalog.edit.feeMin'))}
          </Col>
          <Col xs={12} md={6}>
            {money('maxYuan', t('console.catalog.edit.feeMax'))}
          </Col>
        </>
      ) : (
        <Col xs={12} md={8}>
          {money('amountYuan', t('console.catalog.edit.feeAmount'), true)}
        </Col>
      )}
    </Row>
  );
}

/** 是否收费, 收费依据 and 收费标准. Amounts are typed in yuan and sent as integer fen. */
export function FeeFields() {
  const { t } = useTranslation();
  const charged = Form.useWatch(['fee', 'charged'], Form.useFormInstance());
  return (
    <>
      <Form.Item name={['fee', 'charged']} label={t('console.catalog.edit.feeCharged')} valuePropName="checked">
        <Switch checkedChildren={t('console.catalog.guide.yes')} unCheckedChildren={t('console.catalog.guide.no')} />
      </Form.Item>
      {charged && (
        <>
          <Form.Item name={['fee', 'basis']} label={t('console.catalog.edit.feeBasis')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} count={{ show: true, max: 1000 }} />
          </Form.Item>
          <ListBlock
            name={['fee', 'items']}
            title={t('console.catalog.edit.feeStandard')}
            addText={t('console.catalog.edit.addFee')}
            blank={{ kind: 'fixed', name: '', amountYuan: null }}
          >
            {(i) => <FeeItemFields index={i} />}
          </ListBlock>
        </>
      )}
    </>
  );
}
