// The cabinet's screen, phone/kiosk sized: the collector types the 8-digit code from the SMS;
// the door number comes back and that door "opens". A used, expired or wrong code is refused
// with the server's own message.
import { Alert, Button, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CabinetPickupResult } from '../../../contract/delivery.ts';
import { pickUp } from '../../features/delivery/index.ts';
import { errorText } from '../../ui/ErrorAlert.tsx';

export function CabinetPage() {
  const { t } = useTranslation(undefined, { keyPrefix: 'cabinet' });
  const cabinetId = useParams().cabinetId ?? 'XY-CAB-1';
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [opened, setOpened] = useState<CabinetPickupResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!/^\d{8}$/.test(code) || busy) return;
    setBusy(true);
    setError(null);
    try {
      setOpened(await pickUp(cabinetId, code));
    } catch (e) {
      setError(errorText(e, t('failed')));
    } finally {
      setBusy(false);
      setCode('');
    }
  };
  return (
    <div style={{ minHeight: '100vh', background: '#0b3d91', display: 'flex', justifyContent: 'center', alignItems: 'flex-start', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 420, background: '#fff', borderRadius: 12, padding: 20, marginTop: 24 }}>
        <Typography.Title level={3} style={{ marginTop: 0, textAlign: 'center' }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }} data-testid="cabinet-name">
          {t('cabinet', { id: cabinetId })}
        </Typography.Paragraph>
        {opened ? (
          <Result
            status="success"
            title={<span data-testid="cabinet-door-open">{t('doorOpen', { door: opened.door })}</span>}
            subTitle={<span style={{ wordBreak: 'break-all' }}>{t('takeIt', { number: opened.caseNumber, item: opened.itemName })}</span>}
            extra={
              <Button size="large" onClick={() => setOpened(null)} data-testid="cabinet-next">
                {t('next')}
              </Button>
            }
          />
        ) : (
          <>
            <Typography.Paragraph>{t('enterCode')}</Typography.Paragraph>
            <Input
              size="large"
              inputMode="numeric"
              maxLength={8}
              value={code}
              onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              onPressEnter={() => void submit()}
              placeholder="········"
              style={{ fontSize: 28, letterSpacing: 8, textAlign: 'center' }}
              data-testid="cabinet-code"
              autoFocus
            />
            <Button type="primary" size="large" block disabled={code.length !== 8} loading={busy} onClick={() => void submit()} style={{ marginTop: 16, height: 56, fontSize: 20 }} data-testid="cabinet-submit">
              {t('open')}
            </Button>
            {error && <Alert type="error" showIcon title={error} style={{ marginTop: 16 }} data-testid="cabinet-error" />}
          </>
        )}
      </main>
    </div>
  );
}
