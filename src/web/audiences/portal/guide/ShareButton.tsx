import { CopyOutlined, QrcodeOutlined, ShareAltOutlined } from '@ant-design/icons';
import { App, Button, Modal, QRCode } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guidePageUrl } from '../shared/api.ts';

/** A QR code of the guide's address (to pass from a desktop to a phone), copy, and the phone's own share sheet. */
export function ShareButton({ itemId, title }: { itemId: string; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const url = guidePageUrl(itemId);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('portal.guide.copied'));
    } catch {
      void message.warning(t('portal.guide.copyFailed'));
    }
  };

  return (
    <>
      <Button size="large" icon={<QrcodeOutlined />} onClick={() => setOpen(true)} data-testid="guide-share">
        {t('portal.guide.share')}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} title={t('portal.guide.shareTitle')} width={360} centered>
        <div style={{ display: 'grid', justifyItems: 'center', gap: 12 }}>
          <p className="ow-muted">{t('portal.guide.shareHint')}</p>
          <QRCode value={url} size={200} role="img" aria-label={t('portal.guide.qrAlt')} data-testid="guide-qr" />
          <p className="ow-small" style={{ wordBreak: 'break-all', textAlign: 'center' }}>
            {url}
          </p>
          <div className="ow-row" style={{ justifyContent: 'center' }}>
            <Button icon={<CopyOutlined />} onClick={copy}>
              {t('portal.guide.copy')}
            </Button>
            {canShare && (
              <Button icon={<ShareAltOutlined />} onClick={() => void navigator.share({ title, url }).catch(() => {})}>
                {t('portal.guide.shareNative')}
              </Button>
            )}
          </div>
        </div>
      </Modal>
    </>
  );
}
