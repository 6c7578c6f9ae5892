import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Anchor, Button, Card, Col, Form, Input, Row, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MaterialEditor } from '../materials/MaterialEditor.tsx';
import { ProblemList } from '../publish/ProblemList.tsx';
import type { VersionDetail } from '../types.ts';
import { BasicFields } from './BasicFields.tsx';
import { BodyFields } from './BodyFields.tsx';
import { FeeFields } from './FeeFields.tsx';
import { toFormValues, type GuideFormValues } from './formValues.ts';
import { LimitInput } from './LimitInput.tsx';
import { SpecialProceduresList } from './ListFields.tsx';
import { ContactFields, FormSchemaField, PlaceFields } from './PlaceFields.tsx';
import { ProcessFields } from './ProcessFields.tsx';
import { SituationFields } from './SituationFields.tsx';
import { useDraftSave } from './useDraftSave.ts';

/** Leaving the page with unsaved edits asks first (a reload or closing the tab). */
function useLeaveGuard(dirty: () => boolean) {
  useEffect(() => {
    const guard = (e: BeforeUnloadEvent) => {
      if (dirty()) e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}

/** The draft's guide as a form, in the order and sections of the printed guide. */
export function GuideForm({ version }: { version: VersionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<GuideFormValues>();
  // Read once: a refetch after saving a material must not reset what is being typed.
  const [initial] = useState(() => toFormValues(version));
  const { save, saveAndPublish, saving, problems } = useDraftSave(form, version);
  useLeaveGuard(form.isFieldsTouched);
  // A refusal lists its problems above the form: bring that list into view.
  useEffect(() => {
    if (problems.length) document.getElementById('guide-problems')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [problems]);
  const text = (name: keyof GuideFormValues, max: number, rows: number) => (
    <Form.Item name={name} label={t(`console.catalog.fields.${name}`)} rules={[{ max }]}>
      <Input.TextArea rows={rows} maxLength={max} showCount />
    </Form.Item>
  );

  const sections: [key: string, body: ReactNode][] = [
    ['basic', <BasicFields />],
    ['basis', text('legalBasis', 5000, 4)],
    ['body', <BodyFields itemCenterId={version.centerId} />],
    ['conditions', text('acceptanceConditions', 5000, 5)],
    ['materials', <MaterialEditor versionId={version.id} materials={version.materials} files={version.files} />],
    ['situations', <SituationFields materialNames={version.materials.map((m) => m.name)} />],
    ['process', <ProcessFields />],
    [
      'limits',
      <>
        <LimitInput
          name={['legalLimit']}
          label={t('console.catalog.fields.legalLimit')}
          note
          notePlaceholder={t('console.catalog.edit.legalNoteHint')}
          testId="legal-limit"
        />
        <LimitInput name={['promisedLimit']} label={t('console.catalog.fields.promisedLimit')} note testId="promised-limit" />
        <SpecialProceduresList />
      </>,
    ],
    ['fee', <FeeFields />],
    ['place', <PlaceFields />],
    ['contact', <ContactFields />],
    ['form', <FormSchemaField />],
  ];
  const title = (key: string) => t(key === 'form' ? 'console.catalog.edit.onlineForm' : `console.catalog.guide.sections.${key}`);

  const publishNow = async () => {
    if (await saveAndPublish()) navigate(`/console/catalog/${version.itemId}`);
  };

  return (
    <Row gutter={16} wrap={false}>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {problems.length > 0 && (
            <Alert
              id="guide-problems"
              type="error"
              showIcon
              title={t('console.catalog.edit.problemsTitle', { count: problems.length })}
              description={<ProblemList problems={problems} testId="form-problems" />}
            />
          )}
          <Form<GuideFormValues>
            form={form}
            layout="vertical"
            initialValues={initial}
            autoComplete="off"
            data-testid="guide-form"
            onFinish={() => void save()}
          >
            <Space orientation="vertical" size={16} style={{ width: '100%' }}>
              {sections.map(([key, body]) => (
                <Card key={key} id={`section-${key}`} title={title(key)} size="small" data-section={key}>
                  {body}
                </Card>
              ))}
            </Space>
          </Form>
        </Space>
      </Col>
      <Col flex="180px">
        <div style={{ position: 'sticky', top: 16 }}>
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
            <Button type="primary" block icon={<SaveOutlined />} loading={saving} onClick={() => void save()} data-testid="draft-save">
              {t('console.catalog.edit.save')}
            </Button>
            <Button block icon={<SendOutlined />} onClick={() => void publishNow()} data-testid="draft-publish">
              {t('console.catalog.edit.saveAndPublish')}
            </Button>
          </Space>
          <Anchor offsetTop={16} affix={false} items={sections.map(([key]) => ({ key, href: `#section-${key}`, title: title(key) }))} />
        </div>
      </Col>
    </Row>
  );
}
