import { Button, DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { ProblemAlert } from './errors.tsx';

interface Values {
  date: Dayjs;
  n: number;
  unit: 'workday' | 'naturalDay';
}

/** "Accepted on D, limit N working days: due when?" — the server's arithmetic, so it matches every case. */
export function WorkdayCalculator({ region }: { region: string }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.calendar' });
  const [due, setDue] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const compute = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    setDue(undefined);
    try {
      const r = await api<{ dueDate: string }>('/calendar/add', {
        query: { date: v.date.format('YYYY-MM-DD'), n: v.n, unit: v.unit, region },
      });
      setDue(r.dueDate);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Form<Values> layout="inline" initialValues={{ n: 20, unit: 'workday' }} onFinish={compute} style={{ rowGap: 8 }}>
        <Form.Item name="date" label={t('start')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="n" label={t('count')} rules={[{ required: true }]}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: 90 }} />
        </Form.Item>
        <Form.Item name="unit" label={t('unit')}>
          <Select
            style={{ width: 110 }}
            options={[
              { value: 'workday', label: t('unitWorkday') },
              { value: 'naturalDay', label: t('unitNaturalDay') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('compute')}
        </Button>
      </Form>
      {due && (
        <Typography.Title level={5} style={{ marginTop: 12 }}>
          {t('dueDate', { date: due })}
        </Typography.Title>
      )}
      <div style={{ marginTop: 12 }}>
        <ProblemAlert error={error} />
      </div>
    </div>
  );
}
