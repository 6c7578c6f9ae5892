// The wizard's 填写表单 step: each item's 情形 questions and form, or — for a 一件事 bundle — the
// bundle's one form: the shared fields once, then each item's questions and own fields under
// its name. Every form registers its antd instance so 下一步 can validate them all.
import { Alert, Form, type FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemaForm, type JsonSchema } from '../../../features/forms/index.ts';
import { SituationPicker } from '../../../features/situations/index.ts';
import type { OnlineApplicationDetail, OnlineItemView } from './api.ts';
import { bundleFormOf, formSections, withSectionValues, type BundleForm, type FormSection } from './formSections.ts';
import { withItem, type Draft } from './wizard.ts';

type Register = (key: string, f: FormInstance | null) => void;
interface StepProps {
  draft: Draft;
  onChange: (d: Draft) => void;
  register: Register;
}

/** The caller's form instance, known to the wizard while the form is on the page. */
function useRegisteredForm(key: string, register: Register): FormInstance {
  const [form] = Form.useForm();
  useEffect(() => {
    register(key, form);
    return () => register(key, null);
  }, [form, key, register]);
  return form;
}

function ItemSituations({ item, draft, onChange }: { item: OnlineItemView } & Omit<StepProps, 'register'>) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.forms' });
  if (item.situations.length === 0) return null;
  const mine = draft.items.find((i) => i.itemId === item.itemId)!;
  return (
    <>
      <p className="ow-small ow-muted" style={{ marginBottom: 8 }}>
        {t('situations')}
      </p>
      <SituationPicker situations={item.situations} answers={mine.situationAnswers} onChange={(a) => onChange(withItem(draft, item.itemId, { situationAnswers: a }))} testId={`apply-situation-${item.itemId.slice(0, 8)}`} />
    </>
  );
}

function ItemForm({ item, draft, onChange, register }: { item: OnlineItemView } & StepProps) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.forms' });
  const form = useRegisteredForm(item.itemId, register);
  const mine = draft.items.find((i) => i.itemId === item.itemId)!;
  const schema = item.formSchema as JsonSchema | null;
  return (
    <section className="ow-panel" aria-label={item.itemName} data-testid="apply-item-form" data-item-id={item.itemId}>
      <h2>{item.itemName}</h2>
      <ItemSituations item={item} draft={draft} onChange={onChange} />
      {schema?.type === 'object' ? (
        <SchemaForm schema={schema} form={form} name={`f${item.itemId.slice(0, 8)}`} hideSubmit initialValues={mine.formData} onValuesChange={(v) => onChange(withItem(draft, item.itemId, { formData: v }))} />
      ) : (
        <p className="ow-muted">{t('noForm')}</p>
      )}
    </section>
  );
}

/** One part of the bundle's form: the shared fields, or one item's questions and own fields. */
function BundlePart({ section, item, bundle, draft, onChange, register }: { section: FormSection; item: OnlineItemView | undefined; bundle: BundleForm } & StepProps) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.forms' });
  const form = useRegisteredForm(section.key, register);
  const schema = section.schema as JsonSchema | null;
  const keys = Object.keys(schema?.properties ?? {});
  const title = item ? item.itemName : t('shared');
  return (
    <section className="ow-panel" aria-label={title} data-testid={item ? 'apply-item-form' : 'apply-shared-form'} data-item-id={item?.itemId}>
      <h2>{title}</h2>
      {!item && <p className="ow-small ow-muted">{t('sharedHint')}</p>}
      {item && <ItemSituations item={item} draft={draft} onChange={onChange} />}
      {schema ? (
        <SchemaForm
          schema={schema}
          form={form}
          name={`b${section.key.slice(0, 8)}`}
          hideSubmit
          initialValues={section.values}
          onValuesChange={(v) => onChange(withSectionValues(draft, bundle, keys, v))}
        />
      ) : (
        <p className="ow-muted">{item?.formSchema ? t('ownNone') : t('noForm')}</p>
      )}
    </section>
  );
}

export function FormsStep({ app, ...props }: { app: OnlineApplicationDetail } & StepProps) {
  const { t } = useTranslation(undefined, { keyPrefix: 'portal.online.forms' });
  const bundle = useMemo(() => bundleFormOf(app), [app]);
  if (!bundle)
    return (
      <>
        {app.itemsDetail.map((item) => (
          <ItemForm key={item.itemId} item={item} {...props} />
        ))}
      </>
    );
  return (
    <div data-testid="apply-bundle-form">
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('bundleHint')} />
      {formSections(app, props.draft).map((s) => (
        <BundlePart key={s.key} section={s} item={app.itemsDetail.find((i) => i.itemId === s.itemId)} bundle={bundle} {...props} />
      ))}
    </div>
  );
}
