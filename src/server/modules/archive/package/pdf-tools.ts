// Page work on finished PDFs (pdf-lib): the volume's page number (页号) stamped in the top
// right corner of every page, as archivists write it on paper; camera images wrapped into a
// PDF page. Only digits are drawn (Helvetica), so no CJK font is embedded (STACK trap 10).
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

/** Pages of a PDF, or null when pdf-lib cannot read it (damaged, or encrypted beyond reading). */
export async function pageCount(pdf: Uint8Array): Promise<number | null> {
  try {
    return (await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    return null;
  }
}

/** The same PDF with the volume's page numbers firstPage, firstPage + 1, … in the top right corner. */
export async function stampPageNumbers(pdf: Uint8Array, firstPage: number): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.getPages().forEach((page, i) => {
    const text = String(firstPage + i);
    const size = 11;
    const { width, height } = page.getSize();
    const w = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: width - 28 - w, y: height - 28, size, font, color: rgb(0, 0, 0) });
  });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** A JPEG or PNG scan as one A4 page, scaled to fit inside 1.5 cm margins. */
export async function imagePdf(bytes: Uint8Array, type: 'jpeg' | 'png'): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const image = type === 'jpeg' ? await doc.embedJpg(bytes) : await doc.embedPng(bytes);
  const [pw, ph] = [595.28, 841.89];
  const margin = 42;
  const scale = Math.min((pw - 2 * margin) / image.width, (ph - 2 * margin - 20) / image.height, 1);
  const w = image.width * scale;
  const h = image.height * scale;
  const page = doc.addPage([pw, ph]);
  page.drawImage(image, { x: (pw - w) / 2, y: ph - margin - 20 - h, width: w, height: h });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
