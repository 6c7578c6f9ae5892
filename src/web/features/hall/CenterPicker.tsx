import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useHallCenters } from './api.ts';

interface Props {
  title: ReactNode;
  subtitle: ReactNode;
  hint: ReactNode;
  empty: ReactNode;
  failed: ReactNode;
  onPick: (centerId: string) => void;
  /** The display's dark wall screen, or the kiosk's light touch screen. */
  dark?: boolean;
}

/**
 * The first start of a hall device with no `?center=` in its address: the staff member
 * setting it up touches the hall it stands in; the choice goes into the address to bookmark.
 */
export function CenterPicker({ title, subtitle, hint, empty, failed, onPick, dark }: Props) {
  const centers = useHallCenters();
  const fg = dark ? '#f5f7fa' : '#1f1f1f';
  const card = dark
    ? { background: '#10264a', border: '2px solid #2b4f86', color: fg }
    : { background: '#fff', border: '3px solid #f0c8a8', color: fg };
  return (
    <div style={{ minHeight: '100vh', background: dark ? '#07142b' : '#fff7f0', color: fg, padding: '6vh 6vw', boxSizing: 'border-box' }}>
      <h1 style={{ fontSize: 'clamp(32px, 5vh, 64px)', margin: '0 0 2vh', color: dark ? '#ffd666' : '#a40e26' }}>{title}</h1>
      <h2 style={{ fontSize: 'clamp(24px, 3.4vh, 44px)', margin: '0 0 1vh' }}>{subtitle}</h2>
      <p style={{ fontSize: 'clamp(18px, 2.4vh, 30px)', margin: '0 0 4vh', opacity: 0.8 }}>{hint}</p>
      {centers.isPending && <Spin size="large" />}
      {centers.isError && <p style={{ fontSize: 24 }}>{failed}</p>}
      {centers.data?.length === 0 && <p style={{ fontSize: 24 }}>{empty}</p>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 24 }}>
        {centers.data?.map((c) => (
          <button
            key={c.id}
            type="button"
            onClick={() => onPick(c.id)}
            data-testid="center-choice"
            style={{ ...card, borderRadius: 16, padding: '28px 32px', fontSize: 28, textAlign: 'left', cursor: 'pointer', minHeight: 96 }}
          >
            {c.name}
          </button>
        ))}
      </div>
    </div>
  );
}
