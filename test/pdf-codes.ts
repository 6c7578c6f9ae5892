// What a scanner reads off a printed PDF page: the page rasterised by pdf.js (legacy build, the
// Node canvas @napi-rs/canvas) at 300 dpi, then the Code 128 barcode and the QR code decoded by
// ZXing. Tests of notices compare what is read with what the page should lead to, so a barcode
// that prints but does not scan (too narrow, wrong text) fails them.
import { BinaryBitmap, Code128Reader, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource, type Reader } from '@zxing/library';

export interface PageCodes {
  /** The Code 128 text, or null when none could be read. */
  barcode: string | null;
  /** The QR code text, or null when none could be read. */
  qr: string | null;
}

/**
 * 300 dpi first (an ordinary office printer and document scanner), then nearer and farther, as
 * a phone camera moves: ZXing's QR detector misses a code whose modules resample to a fraction
 * of a pixel at one resolution yet reads it at the next, as a real scanner does. Three steps
 * were not enough: about one verification URL in twenty (GEJMDTH9ZYSXEWCE, say) read at none of
 * 300/400/200 dpi yet at 250; with six, 50 random codes of each QR layout all read.
 */
const RESOLUTIONS = [300, 400, 200, 250, 350, 150];

interface Gray {
  pixels: Uint8ClampedArray;
  width: number;
  height: number;
}

async function renderGray(pdf: Uint8Array, pageNumber: number, dpi: number): Promise<Gray> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const c2d = canvas.getContext('2d');
    c2d.fillStyle = '#ffffff'; // paper, not transparent black
    c2d.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: c2d as unknown as CanvasRenderingContext2D, viewport }).promise;
    const { data, width, height } = c2d.getImageData(0, 0, canvas.width, canvas.height);
    const pixels = new Uint8ClampedArray(width * height);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (data[i * 4]! * 299 + data[i * 4 + 1]! * 587 + data[i * 4 + 2]! * 114) / 1000;
    return { pixels, width, height };
  } finally {
    await doc.destroy();
  }
}

function decode(gray: Gray, reader: Reader): string | null {
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(gray.pixels, gray.width, gray.height)));
  try {
    return reader.decode(bitmap, hints).getText();
  } catch {
    return null; // nothing of that format on the page
  }
}

/** Reads the Code 128 barcode and the QR code of one page of a PDF as a scanner would. */
export async function pdfCodes(pdf: Uint8Array, pageNumber = 1, resolutions = RESOLUTIONS): Promise<PageCodes> {
  const found: PageCodes = { barcode: null, qr: null };
  for (const dpi of resolutions) {
    const gray = await renderGray(pdf, pageNumber, dpi);
    found.barcode ??= decode(gray, new Code128Reader());
    found.qr ??= decode(gray, new QRCodeReader());
    if (found.barcode !== null && found.qr !== null) break;
  }
  return found;
}
