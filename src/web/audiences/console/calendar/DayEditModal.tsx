import { App, Button, Form, Input, Modal, Radio, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { calendarKey, type CalendarDayView } from './api.ts';
import { ProblemAlert } from './errors.tsx';

interface Values {
  kind: 'off' | 'work';
  name: string;
}

/** Edits one day for the region on screen ('' = national). Mounted only while open. */
export function DayEditModal({ date, region, day, onClose }: { date: string; region: string; day?: CalendarDayView; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // Only a row of this very region can be removed; the day then falls back to the level above.
  const ownOverride = region !== '' && day?.region === region;

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      await qc.invalidateQueries({ queryKey: calendarKey });
      message.success(done);
      onClose();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const save = (v: Values) => run(() => api(`/calendar/days/${date}`, { method: 'PUT', body: { ...v, region } }), t('saved'));
  const remove = () => run(() => api(`/calendar/days/${date}`, { method: 'DELETE', query: { region } }), t('removed'));

  return (
    <Modal
      open
      title={t('editTitle', { date, region: region || t('national') })}
      onCancel={onClose}
      footer={[
        ownOverride && (
          <Button key="remove" danger loading={busy} onClick={remove}>
            {t('removeOverride')}
          </Button>
        ),
        <Button key="cancel" onClick={onClose}>
          {t('cancel')}
        </Button>,
        <Button key="save" type="primary" loading={busy} onClick={() => form.submit()}>
          {t('save')}
        </Button>,
      ]}
    >
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: day?.workday === false ? 'off' : 'work', name: day?.name ?? '' }}
        onFinish={save}
      >
        <Form.Item name="kind" label={t('kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'off', label: t('offDay') },
              { value: 'work', label: t('workDay') },
            ]}
          />
        </Form.Item>
        <Form.Item name="name" label={t('name')} rules={[{ max: 50 }]}>
          <Input placeholder={t('namePlaceholder')} maxLength={50} />
        </Form.Item>
      </Form>
      {day?.source && (
        <Typography.Text type="secondary">
          {t('source')}：{t(`sources.${day.source}`)}
          {day.region ? ` · ${day.region}` : ` · ${t('national')}`}
        </Typography.Text>
      )}
      {region === '' && (
        <div>
          <Typography.Text type="secondary">{t('nationalHint')}</Typography.Text>
        </div>
      )}
    </Modal>
  );
}
