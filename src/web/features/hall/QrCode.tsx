import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code as an <img> of a data URL: prints like any picture and survives a screenshot; no canvas needed. */
export function QrCode({ value, size, alt, testId }: { value: string; size: number; alt: string; testId?: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(undefined),
    );
    return () => {
      live = false;
    };
  }, [value, size]);
  if (!src) return <div style={{ width: size, height: size }} />;
  return <img src={src} width={size} height={size} alt={alt} data-testid={testId} data-qr-value={value} style={{ display: 'block' }} />;
}
