import { useTranslation } from 'react-i18next';
import { kioskColors } from './KioskLayout.tsx';

const keys = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'X', '0', '⌫'] as const;

/**
 * An on-screen number pad: a kiosk has no keyboard. X only for ID numbers (the check
 * character); the pad stops at the field's length so a visitor cannot type past it.
 */
export function Keypad({
  value,
  onChange,
  maxLength,
  allowX,
}: {
  value: string;
  onChange: (v: string) => void;
  maxLength: number;
  allowX: boolean;
}) {
  const { t } = useTranslation();
  const press = (k: (typeof keys)[number]) => {
    if (k === '⌫') return onChange(value.slice(0, -1));
    if (value.length >= maxLength) return;
    onChange(value + k);
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 16 }}>
      {keys.map((k) => {
        const disabled = (k === 'X' && !allowX) || (k !== '⌫' && value.length >= maxLength);
        return (
          <button
            key={k}
            type="button"
            disabled={disabled}
            onClick={() => press(k)}
            aria-label={k === '⌫' ? t('kiosk.delete') : k}
            style={{
              height: 96,
              fontSize: 44,
              fontWeight: 600,
              borderRadius: 16,
              border: `2px solid ${kioskColors.line}`,
              background: disabled ? '#f5f5f5' : '#fff',
              color: disabled ? '#bfbfbf' : kioskColors.ink,
            }}
          >
            {k}
          </button>
        );
      })}
    </div>
  );
}
