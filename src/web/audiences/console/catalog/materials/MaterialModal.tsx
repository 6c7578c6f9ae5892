import { Col, Form, Input, InputNumber, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { materialDefaults, type Material } from '../../../../../domain/catalog/index.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import { useCatalogCommands } from '../api.ts';
import type { MaterialRow } from '../types.ts';

interface Props {
  versionId: string;
  /** The material to edit; a new one when absent. */
  material?: MaterialRow;
  onClose: () => void;
}

/** One 申请材料: name, source, counts, the three flags and the files an applicant can download. */
export function MaterialModal({ versionId, material, onClose }: Props) {
  const { t } = useTranslation();
  const { addMaterial, updateMaterial } = useCatalogCommands();
  const m = (k: string) => t(`console.catalog.material.${k}`);
  const text = (v: string | undefined) => v?.trim() ?? '';

  const submit = (v: Material) => {
    const body: Material = {
      ...v,
      name: v.name.trim(),
      issuingBody: text(v.issuingBody),
      sampleFile: text(v.sampleFile),
      blankFormFile: text(v.blankFormFile),
      fillGuide: text(v.fillGuide),
      notes: text(v.notes),
    };
    return material ? updateMaterial.mutateAsync({ id: material.id, body }) : addMaterial.mutateAsync({ versionId, body });
  };

  const count = (name: 'originals' | 'copies') => (
    <Form.Item name={name} label={m(name)} rules={[{ required: true, message: t('console.common.required') }]}>
      <InputNumber min={0} max={99} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  const flag = (name: 'required' | 'waivable' | 'exemptWhenShared', hint?: string) => (
    <Form.Item name={name} label={m(name)} valuePropName="checked" extra={hint}>
      <Switch />
    </Form.Item>
  );

  return (
    <FormModal<Material>
      title={material ? t('console.catalog.materials.editTitle', { name: material.name }) : t('console.catalog.materials.addTitle')}
      width={760}
      onClose={onClose}
      onSubmit={submit}
      successText={t('console.catalog.materials.saved')}
      initialValues={material ?? { ...materialDefaults, originals: 1 }}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="name"
            label={m('name')}
            rules={[{ required: true, whitespace: true, message: t('console.common.required') }, { max: 200 }]}
          >
            <Input count={{ show: true, max: 200 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="issuingBody" label={m('issuingBody')} rules={[{ max: 200 }]} extra={t('console.catalog.materials.issuingHint')}>
            <Input count={{ show: true, max: 200 }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          {count('originals')}
        </Col>
        <Col xs={12} md={6}>
          {count('copies')}
        </Col>
        <Col xs={8} md={4}>
          {flag('required')}
        </Col>
        <Col xs={8} md={4}>
          {flag('waivable')}
        </Col>
        <Col xs={8} md={4}>
          {flag('exemptWhenShared')}
        </Col>
        <Col xs={24}>
          <Typography.Paragraph type="secondary" style={{ marginTop: -12 }}>
            {t('console.catalog.materials.flagsHint', { waivable: m('waivableHint'), exempt: m('exemptHint') })}
          </Typography.Paragraph>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sampleFile" label={m('sampleFile')} rules={[{ max: 200 }]} extra={t('console.catalog.edit.fileNameHint')}>
            <Input count={{ show: true, max: 200 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="blankFormFile" label={m('blankFormFile')} rules={[{ max: 200 }]} extra={t('console.catalog.edit.fileNameHint')}>
            <Input count={{ show: true, max: 200 }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="fillGuide" label={m('fillGuide')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} count={{ show: true, max: 2000 }} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="notes" label={m('notes')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} count={{ show: true, max: 1000 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
