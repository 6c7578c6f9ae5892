// 签字板: the collector signs with a finger or stylus on the tablet (or a mouse); the strokes
// become a PNG data URL for the hand-out. Pointer events cover touch, pen and mouse alike.
import { Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function SignaturePad({ onChange, width = 480, height = 180 }: { onChange: (png: string | null) => void; width?: number; height?: number }) {
  const { t } = useTranslation(undefined, { keyPrefix: 'delivery' });
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);

  const clear = () => {
    const c = canvas.current;
    const g = c?.getContext('2d');
    if (!c || !g) return;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    inked.current = false;
    onChange(null);
  };
  // A white background once: the PNG must not be transparent (printed on paper later).
  useEffect(() => clear(), []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * e.currentTarget.width) / r.width, y: ((e.clientY - r.top) * e.currentTarget.height) / r.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const g = e.currentTarget.getContext('2d');
    if (!g) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const p = point(e);
    g.strokeStyle = '#111';
    g.lineWidth = 3;
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const g = e.currentTarget.getContext('2d');
    if (!g) return;
    const p = point(e);
    g.lineTo(p.x, p.y);
    g.stroke();
    inked.current = true;
  };
  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    if (inked.current) onChange(e.currentTarget.toDataURL('image/png'));
  };

  return (
    <Space orientation="vertical">
      <canvas
        ref={canvas}
        width={width}
        height={height}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        aria-label={t('signHere')}
        data-testid="signature-pad"
        style={{ border: '1px dashed #999', borderRadius: 4, touchAction: 'none', maxWidth: '100%', background: '#fff', cursor: 'crosshair' }}
      />
      <Button size="small" onClick={clear}>
        {t('clearSignature')}
      </Button>
    </Space>
  );
}
