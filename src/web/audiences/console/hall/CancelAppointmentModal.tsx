import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../shared/FormModal.tsx';
import { useHallWrite, type AppointmentRow } from './api.ts';

/** 代为取消: the desk cancels a booking for a visitor who phoned or came in; the visitor gets the usual SMS. */
export function CancelAppointmentModal({ centerId, row, onClose }: { centerId: string; row: AppointmentRow; onClose: () => void }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'console.hall.appointments.cancel' });
  const write = useHallWrite(centerId);
  return (
    <FormModal<{ reason: string }>
      title={t('title', { name: row.name, time: `${row.date} ${row.start}` })}
      onClose={onClose}
      successText={t('done')}
      initialValues={{ reason: t('reasonDefault') }}
      onSubmit={async ({ reason }) =>
        write.mutateAsync({ path: `/queue/centers/${centerId}/appointments/${row.id}/cancel`, body: { reason } })
      }
    >
      <Typography.Paragraph type="secondary">{t('hint')}</Typography.Paragraph>
      <Form.Item name="reason" label={t('reason')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
        <Input maxLength={200} data-testid="appointment-cancel-reason" />
      </Form.Item>
    </FormModal>
  );
}
