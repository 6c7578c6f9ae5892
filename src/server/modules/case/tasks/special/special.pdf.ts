// A special step's record as a numbered PDF (decision 0036), drawn from the same RecordDocument
// the /print page shows: Code 128 of the case number, a QR to the public tracking page, the
// fields, the tables (the joint record's signing lines), the photos inline, and the seal.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { RecordDocument } from '../../../../../domain/case/index.ts';
import { barcodeSvg, sealSvg } from '../../notices/notice-pdf.ts';

export interface RecordPdfInput {
  doc: RecordDocument;
  trackingUrl: string;
  /** Photos as data URLs (JPEG/PNG: what pdfmake draws). */
  images: { name: string; dataUrl: string }[];
  at: Date;
}

export async function recordDefinition({ doc, trackingUrl, images, at }: RecordPdfInput): Promise<TDocumentDefinitions> {
  const qr = await QRCode.toDataURL(trackingUrl, { errorCorrectionLevel: 'M', margin: 1, width: 200 });
  const body: Content[] = [
    { columns: [{ svg: barcodeSvg(doc.caseNumber), width: 220 }, { text: '', width: '*' }, { stack: [{ image: qr, width: 64, alignment: 'right' }, { text: '扫码查询办理进度', fontSize: 7, alignment: 'right' }], width: 100 }] },
    { text: doc.title, fontSize: 20, bold: true, alignment: 'center', margin: [0, 12, 0, 4] },
    { text: doc.number, alignment: 'center', margin: [0, 0, 0, 12] },
    {
      table: { widths: [90, '*'], body: doc.fields.map((f) => [{ text: f.label, bold: true }, { text: f.value }]) },
      fontSize: 10,
      margin: [0, 0, 0, 10],
    },
  ];
  for (const t of doc.tables) {
    body.push({ text: t.caption, bold: true, margin: [0, 6, 0, 4] });
    body.push({
      table: { headerRows: 1, widths: t.columns.map(() => '*'), body: [t.columns.map((c) => ({ text: c, bold: true })), ...(t.rows.length ? t.rows : [t.columns.map(() => '')])] },
      fontSize: 9,
      margin: [0, 0, 0, 10],
    });
  }
  if (images.length) {
    body.push({ text: '现场照片', bold: true, margin: [0, 6, 0, 4] });
    for (const img of images) body.push({ stack: [{ image: img.dataUrl, fit: [240, 180] }, { text: img.name, fontSize: 8, margin: [0, 2, 0, 8] }] });
  }
  const lines = { stack: [{ text: `${doc.agency.name}（盖章）`, alignment: 'right' as const }, { text: doc.agency.date, alignment: 'right' as const }], margin: [0, 16, 0, 0] as [number, number, number, number] };
  body.push({ columns: [{ text: '', width: '*' }, { stack: [{ svg: sealSvg(), width: 96, alignment: 'right' }, { ...lines, relativePosition: { x: 0, y: -70 } }], width: 240 }] });
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 48],
    info: { title: `${doc.title} ${doc.number}`, creationDate: at, modDate: at, producer: 'OneWindow', creator: 'OneWindow' },
    content: body,
    defaultStyle: { fontSize: 11 },
  };
}
