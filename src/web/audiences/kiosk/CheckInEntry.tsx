import { ScheduleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { kioskColors } from './KioskLayout.tsx';

/** The start screen's way in for visitors who booked: one wide card above the categories. */
export function CheckInEntry({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      onClick={onOpen}
      data-testid="kiosk-checkin"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 28,
        width: '100%',
        minHeight: 150,
        padding: '24px 36px',
        marginBottom: 32,
        borderRadius: 24,
        border: 'none',
        background: kioskColors.green,
        color: '#fff',
        textAlign: 'left',
        cursor: 'pointer',
        boxShadow: '0 4px 12px rgba(35, 120, 4, 0.2)',
      }}
    >
      <ScheduleOutlined style={{ fontSize: 80 }} />
      <span>
        <span style={{ display: 'block', fontSize: 52, fontWeight: 700 }}>{t('kiosk.checkIn.entry')}</span>
        <span style={{ display: 'block', fontSize: 28, opacity: 0.92, marginTop: 6 }}>{t('kiosk.checkIn.entryHint')}</span>
      </span>
    </button>
  );
}
