import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Popconfirm, Select, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { BUNDLE_MAX_ITEMS, BUNDLE_MIN_ITEMS } from '../../../../../domain/catalog/bundles.ts';
import { ErrorAlert } from '../../../../ui/ErrorAlert.tsx';
import { CenterSelect } from '../../shared/CenterSelect.tsx';
import { useCan, useMe } from '../../shared/hooks.ts';
import { applyServerError, errorText } from '../../shared/serverErrors.ts';
import { useBundle, useBundleCommands, useItemSearch, type BundleDetail } from './api.ts';

interface Values {
  centerId: string;
  name: string;
  description: string;
  published: boolean;
}

interface Picked {
  itemId: string;
  label: string;
  published?: boolean;
}

const labelOf = (i: { name: string; subItemName: string | null }) => (i.subItemName ? `${i.name}（${i.subItemName}）` : i.name);

/** The ordered items of the bundle: add from a search, move up or down, remove. */
function ItemsEditor({ value, onChange, disabled }: { value: Picked[]; onChange: (v: Picked[]) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const search = useItemSearch(q);
  const move = (i: number, d: number) => {
    const next = [...value];
    [next[i], next[i + d]] = [next[i + d]!, next[i]!];
    onChange(next);
  };
  const options = (search.data?.items ?? [])
    .filter((i) => !value.some((v) => v.itemId === i.itemId))
    .map((i) => ({ value: i.itemId, label: `${labelOf(i)}${i.state === 'published' ? '' : ` · ${t('console.catalog.bundles.notPublished')}`}` }));
  return (
    <>
      <List
        bordered
        size="small"
        data-testid="bundle-items"
        locale={{ emptyText: t('console.catalog.bundles.noItems') }}
        dataSource={value}
        renderItem={(item, i) => (
          <List.Item
            data-testid={`bundle-item-${i}`}
            actions={
              disabled
                ? []
                : [
                    <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('console.catalog.bundles.moveUp', { name: item.label })} onClick={() => move(i, -1)} />,
                    <Button key="down" size="small" icon={<ArrowDownOutlined />} disabled={i === value.length - 1} aria-label={t('console.catalog.bundles.moveDown', { name: item.label })} onClick={() => move(i, 1)} />,
                    <Button key="remove" size="small" danger icon={<DeleteOutlined />} aria-label={t('console.catalog.bundles.remove', { name: item.label })} onClick={() => onChange(value.filter((v) => v.itemId !== item.itemId))} />,
                  ]
            }
          >
            <span>
              {i + 1}. {item.label} {item.published === false && <Tag color="orange">{t('console.catalog.bundles.notPublished')}</Tag>}
            </span>
          </List.Item>
        )}
      />
      {!disabled && value.length < BUNDLE_MAX_ITEMS && (
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          value={null}
          style={{ width: '100%', marginTop: 8 }}
          placeholder={t('console.catalog.bundles.addItem')}
          aria-label={t('console.catalog.bundles.addItem')}
          data-testid="bundle-item-picker"
          loading={search.isFetching}
          options={options}
          onChange={(itemId: string | null) => {
            const o = options.find((x) => x.value === itemId);
            if (o) onChange([...value, { itemId: o.value, label: o.label }]);
            setQ('');
          }}
        />
      )}
    </>
  );
}

/** What the applicant will fill in: the merged form's fields, the shared ones marked. */
function MergedFormPreview({ bundle }: { bundle: BundleDetail }) {
  const { t } = useTranslation();
  const name = (itemId: string) => bundle.items.find((i) => i.itemId === itemId)?.name ?? itemId;
  return (
    <Card size="small" title={t('console.catalog.bundles.form')} style={{ marginTop: 16 }} data-testid="bundle-form-preview">
      {bundle.form.conflicts.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('console.catalog.bundles.conflicts')}
          description={bundle.form.conflicts.map((c) => `${c.key}：${c.uses.map((u) => `${name(u.itemId)}（${u.type}）`).join('，')}`).join('；')}
        />
      )}
      {bundle.form.fields.length === 0 ? (
        <Typography.Text type="secondary">{t('console.catalog.bundles.noForm')}</Typography.Text>
      ) : (
        <Space wrap>
          {bundle.form.fields.map((f) => (
            <Tag key={f.key} color={f.itemIds.length > 1 ? 'blue' : undefined}>
              {String(f.schema.title ?? f.key)}
              {f.required ? ' *' : ''}
              {f.itemIds.length > 1 ? ` · ${t('console.catalog.bundles.shared', { count: f.itemIds.length })}` : ''}
            </Tag>
          ))}
        </Space>
      )}
    </Card>
  );
}

/** 新建/编辑一件事: name, short description, the ordered items, published or not. */
export function BundleEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { bundleId } = useParams();
  const isNew = !bundleId || bundleId === 'new';
  const can = useCan();
  const readOnly = !can('catalog.manage');
  const { data: me } = useMe();
  const bundle = useBundle(isNew ? undefined : bundleId);
  const { create, update, remove } = useBundleCommands();
  const [form] = Form.useForm<Values>();
  const [items, setItems] = useState<Picked[]>([]);
  const [itemsError, setItemsError] = useState<string>();

  useEffect(() => {
    if (!bundle.data) return;
    form.setFieldsValue({ centerId: bundle.data.centerId, name: bundle.data.name, description: bundle.data.description, published: bundle.data.published });
    setItems(bundle.data.items.map((i) => ({ itemId: i.itemId, label: labelOf(i), published: i.published })));
  }, [bundle.data, form]);

  const save = async (v: Values) => {
    if (items.length < BUNDLE_MIN_ITEMS) {
      setItemsError(t('console.catalog.bundles.tooFew', { min: BUNDLE_MIN_ITEMS }));
      return;
    }
    setItemsError(undefined);
    const body = { name: v.name, description: v.description ?? '', itemIds: items.map((i) => i.itemId), published: v.published };
    try {
      const r = isNew ? await create.mutateAsync({ ...body, centerId: v.centerId }) : await update.mutateAsync({ id: bundleId, body });
      message.success(t('console.catalog.bundles.saved'));
      if (isNew) navigate(`/console/catalog/bundles/${r.id}`, { replace: true });
    } catch (err) {
      message.error(applyServerError(form, err, { DUPLICATE: 'name', CATALOG_BUNDLE_ITEM_UNPUBLISHED: 'published', CATALOG_BUNDLE_FORM_CONFLICT: 'published', OUT_OF_SCOPE: 'centerId' }));
    }
  };

  const del = async () => {
    try {
      await remove.mutateAsync(bundleId!);
      message.success(t('console.catalog.bundles.deleted'));
      navigate('/console/catalog/bundles');
    } catch (err) {
      message.error(errorText(err));
    }
  };

  if (!isNew && bundle.isPending) return <Skeleton active />;
  if (!isNew && bundle.error) return <ErrorAlert error={bundle.error} />;
  return (
    <Card
      title={isNew ? t('console.catalog.bundles.newTitle') : t('console.catalog.bundles.editTitle', { name: bundle.data?.name })}
      extra={<Link to="/console/catalog/bundles">{t('console.catalog.bundles.back')}</Link>}
    >
      <Form<Values> form={form} layout="vertical" style={{ maxWidth: 760 }} disabled={readOnly} initialValues={{ centerId: me?.center.id, description: '', published: false }} onFinish={save} data-testid="bundle-form">
        <Form.Item name="centerId" label={t('console.catalog.bundles.center')} rules={[{ required: true, message: t('console.common.required') }]}>
          <CenterSelect id="centerId" disabled={!isNew || readOnly} filter={(c) => c.active} />
        </Form.Item>
        <Form.Item name="name" label={t('console.catalog.bundles.name')} rules={[{ required: true, whitespace: true, message: t('console.common.required') }, { max: 100 }]}>
          <Input placeholder={t('console.catalog.bundles.namePlaceholder')} data-testid="bundle-name" />
        </Form.Item>
        <Form.Item name="description" label={t('console.catalog.bundles.description')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} showCount maxLength={500} data-testid="bundle-description" />
        </Form.Item>
        <Form.Item label={t('console.catalog.bundles.items')} required extra={t('console.catalog.bundles.itemsHint', { min: BUNDLE_MIN_ITEMS, max: BUNDLE_MAX_ITEMS })} validateStatus={itemsError ? 'error' : undefined} help={itemsError}>
          <ItemsEditor value={items} onChange={setItems} disabled={readOnly} />
        </Form.Item>
        <Form.Item name="published" label={t('console.catalog.bundles.publish')} valuePropName="checked" extra={t('console.catalog.bundles.publishHint')}>
          <Switch data-testid="bundle-published" />
        </Form.Item>
        {!readOnly && (
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending} data-testid="bundle-save">
              {t('console.catalog.bundles.save')}
            </Button>
            {!isNew && !bundle.data?.published && (
              <Popconfirm title={t('console.catalog.bundles.confirmDelete')} onConfirm={del}>
                <Button danger data-testid="bundle-delete">
                  {t('console.catalog.bundles.delete')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Form>
      {bundle.data && <MergedFormPreview bundle={bundle.data} />}
    </Card>
  );
}
