import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useHallWrite } from './api.ts';

/** 日终关闭: every ticket of the day still open is closed with the reason; the server counts them. */
export function CloseDayModal({ centerId, date, onClose }: { centerId: string; date: string; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.close' });
  const write = useHallWrite(centerId);
  return (
    <FormModal<{ reason: string }>
      title={t('title', { date })}
      onClose={onClose}
      successText={t('done')}
      initialValues={{ reason: t('reasonDefault') }}
      onSubmit={async ({ reason }) => write.mutateAsync({ path: `/queue/centers/${centerId}/close-day`, body: { reason, date } })}
    >
      <Typography.Paragraph type="warning">{t('hint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
