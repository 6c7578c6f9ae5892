import { Alert, Button, Modal, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  onClose: () => void;
  /** The captured page as a JPEG. */
  onCapture: (jpeg: Blob) => void;
}

/**
 * The document camera (高拍仪) is a plain browser camera: getUserMedia → video → canvas → JPEG.
 * Vendors' cameras present themselves as a webcam, so no driver bridge is needed here.
 */
export function CameraCapture({ open, title, onClose, onCapture }: Props) {
  const { t } = useTranslation(undefined, { keyPrefix: 'case' });
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!open) return;
    let stream: MediaStream | undefined;
    let cancelled = false;
    setError(undefined);
    setReady(false);
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } } })
      .then((s) => {
        if (cancelled) return s.getTracks().forEach((tr) => tr.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().then(() => setReady(true));
        }
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    if (!navigator.mediaDevices) setError(t('noCamera'));
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((tr) => tr.stop());
    };
  }, [open, t]);

  const capture = () => {
    const v = video.current;
    if (!v || !v.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = v.videoWidth;
    canvas.height = v.videoHeight;
    canvas.getContext('2d')!.drawImage(v, 0, 0);
    canvas.toBlob((b) => b && onCapture(b), 'image/jpeg', 0.85);
  };

  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {error && <Alert type="warning" showIcon title={t('cameraFailed', { error })} style={{ marginBottom: 12 }} />}
      <video ref={video} muted playsInline style={{ width: '100%', background: '#000', minHeight: 240 }} data-testid="camera-video" />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" disabled={!ready} onClick={capture} data-testid="camera-capture">
          {t('capture')}
        </Button>
        <Button onClick={onClose}>{t('close')}</Button>
      </Space>
    </Modal>
  );
}
