import { Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_RANGE_END, parseOpeningHours, PREFIX } from '../../../../domain/queue/index.ts';
import { CategoryIcon, categoryIcons } from '../../../features/hall/index.ts';
import { FormModal } from '../shared/FormModal.tsx';
import { useHallWrite, type CategoryFields, type TicketCategory } from './api.ts';

interface Props {
  centerId: string;
  category?: TicketCategory;
  onClose: () => void;
}

type Values = Omit<CategoryFields, 'openingHours' | 'restDayHours' | 'summerHours' | 'icon'> & {
  openingHours?: string;
  restDayHours?: string;
  summerHours?: string;
  icon?: string;
};

/** Hours that replace the usual ones on some days: rest days the hall serves, the summer timetable. */
const otherHours = [
  { name: 'restDayHours', example: '09:00-12:00' },
  { name: 'summerHours', example: '08:30-12:00,14:30-17:30' },
] as const;

/** Create or edit a ticket category; the range, quota and hours are checked here with the server's own rules. */
export function CategoryForm({ centerId, category, onClose }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.category' });
  const { t: tc } = useTranslation(undefined, { keyPrefix: 'console.common' });
  const write = useHallWrite(centerId);
  const [form] = Form.useForm<Values>();
  const initial: Partial<Values> = category
    ? {
        ...category,
        openingHours: category.openingHours ?? '',
        restDayHours: category.restDayHours ?? '',
        summerHours: category.summerHours ?? '',
        icon: category.icon ?? undefined,
      }
    : { rangeStart: 1, rangeEnd: 999, dailyQuota: 300, sortOrder: 0, description: '', icon: 'appstore', greenChannel: false };

  const submit = (v: Values) => {
    const body = {
      ...v,
      openingHours: v.openingHours?.trim() || null,
      restDayHours: v.restDayHours?.trim() || null,
      summerHours: v.summerHours?.trim() || null,
      icon: v.icon ?? null,
      description: v.description ?? '',
    };
    if (category) {
      const { prefix: _prefix, ...patch } = body;
      return write.mutateAsync({ path: `/queue/categories/${category.id}`, method: 'PATCH', body: patch });
    }
    return write.mutateAsync({ path: '/queue/categories', body: { ...body, centerId } });
  };

  const required = { required: true, message: tc('required') };
  const hoursRule = {
    validator: (_: unknown, v?: string) =>
      !v?.trim() || parseOpeningHours(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('openingHoursRule'))),
  };
  return (
    <FormModal<Values>
      form={form}
      title={category ? t('edit', { prefix: category.prefix, name: category.name }) : t('create')}
      onClose={onClose}
      onSubmit={submit}
      successText={tc('saved')}
      initialValues={initial}
      codeFields={{ QUEUE_INVALID_CATEGORY: 'rangeEnd', DUPLICATE: 'prefix' }}
      width={640}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item
            name="prefix"
            label={t('prefix')}
            tooltip={t('prefixHint')}
            normalize={(v: string) => v?.toUpperCase()}
            rules={[
              required,
              { validator: (_, v: string) => (!v || PREFIX.test(v) ? Promise.resolve() : Promise.reject(new Error(t('prefixRule')))) },
            ]}
          >
            <Input maxLength={1} disabled={!!category} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="name" label={t('name')} tooltip={t('nameHint')} rules={[required, { max: 30 }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('description')} tooltip={t('descriptionHint')}>
        <Input.TextArea maxLength={200} rows={2} showCount />
      </Form.Item>
      <Form.Item name="icon" label={t('icon')}>
        <Select
          options={Object.keys(categoryIcons).map((name) => ({
            value: name,
            label: (
              <Space>
                <CategoryIcon name={name} />
                {t(`icons.${name}`, { defaultValue: name })}
              </Space>
            ),
          }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="rangeStart" label={t('rangeStart')} rules={[required]}>
            <InputNumber min={1} max={MAX_RANGE_END} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="rangeEnd"
            label={t('rangeEnd')}
            dependencies={['rangeStart']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, v: number) =>
                  v === undefined || v >= getFieldValue('rangeStart') ? Promise.resolve() : Promise.reject(new Error(t('rangeRule'))),
              }),
            ]}
          >
            <InputNumber min={1} max={MAX_RANGE_END} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="dailyQuota"
            label={t('dailyQuota')}
            dependencies={['rangeStart', 'rangeEnd']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, v: number) => {
                  const capacity = getFieldValue('rangeEnd') - getFieldValue('rangeStart') + 1;
                  return v === undefined || !(capacity > 0) || v <= capacity
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('quotaRule', { capacity })));
                },
              }),
            ]}
          >
            <InputNumber min={1} max={MAX_RANGE_END} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="openingHours" label={t('openingHours')} extra={t('openingHoursHint')} rules={[hoursRule]}>
            <Input placeholder="08:30-12:00,13:30-17:30" maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="sortOrder" label={t('sortOrder')} tooltip={t('sortOrderHint')}>
            <InputNumber min={0} max={1000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {otherHours.map(({ name, example }) => (
        <Row gutter={16} key={name}>
          <Col span={16}>
            <Form.Item name={name} label={t(name)} extra={t(`${name}Hint`)} rules={[hoursRule]}>
              <Input placeholder={example} maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Form.Item name="greenChannel" label={t('greenChannel')} extra={t('greenChannelHint')} valuePropName="checked">
        <Switch data-testid="category-green-channel" />
      </Form.Item>
    </FormModal>
  );
}
