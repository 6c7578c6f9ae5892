// A notice as PDF, drawn only from the NoticeDocument stored at issue (a reprint is the same
// document, so the same text): the department's seal, a Code 128 barcode of the case number
// (bwip-js, as SVG) and a QR code to the public tracking page.
import bwipjs from 'bwip-js/node';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { NoticeDocument } from '../../../../domain/case/index.ts';

/** A red round seal: double ring and a five-pointed star (the name is printed beside it as text). */
export function sealSvg(): string {
  const star = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? 22 : 9;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return `${(60 + r * Math.cos(a)).toFixed(2)},${(60 + r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">
<circle cx="60" cy="60" r="56" fill="none" stroke="#d40000" stroke-width="4"/>
<circle cx="60" cy="60" r="50" fill="none" stroke="#d40000" stroke-width="1"/>
<polygon points="${star}" fill="#d40000"/></svg>`;
}

export function barcodeSvg(text: string): string {
  return bwipjs.toSVG({ bcid: 'code128', text, scale: 2, height: 10, includetext: false, paddingwidth: 4 });
}

/** What the renderer reads of a document: a case notice, or another numbered paper of the case (the fee module's 缴款通知书 and 收据). */
export type PrintableDocument = Omit<NoticeDocument, 'kind' | 'elements'>;

export interface NoticePdfInput {
  doc: PrintableDocument;
  issuedAt: Date;
}

export async function noticeDefinition({ doc, issuedAt }: NoticePdfInput): Promise<TDocumentDefinitions> {
  const qr = doc.trackingUrl ? await QRCode.toDataURL(doc.trackingUrl, { errorCorrectionLevel: 'M', margin: 1, width: 200 }) : null;
  const body: Content[] = [
    {
      columns: [
        { svg: barcodeSvg(doc.caseNumber), width: 220 },
        { text: '', width: '*' },
        qr ? { stack: [{ image: qr, width: 64, alignment: 'right' }, { text: '扫码查询办理进度', fontSize: 7, alignment: 'right' }], width: 100 } : { text: '', width: 100 },
      ],
    },
    { text: doc.title, fontSize: 20, bold: true, alignment: 'center', margin: [0, 12, 0, 4] },
    { text: doc.number, alignment: 'center', margin: [0, 0, 0, 4] },
    { text: `办件编号：${doc.caseNumber}`, alignment: 'center', fontSize: 9, margin: [0, 0, 0, 12] },
    { text: doc.salutation, margin: [0, 0, 0, 6] },
    ...doc.paragraphs.map((p): Content => ({ text: `${p.n}. ${p.text}`, margin: [0, 0, 0, 6], lineHeight: 1.4 })),
  ];
  if (doc.table) {
    body.push({ text: doc.table.caption, bold: true, margin: [0, 6, 0, 4] });
    body.push({
      table: { headerRows: 1, widths: doc.table.columns.map(() => '*'), body: [doc.table.columns.map((c) => ({ text: c, bold: true })), ...doc.table.rows.map((r) => [...r])] },
      fontSize: 9,
      margin: [0, 0, 0, 10],
    });
  }
  for (const s of doc.signatures) {
    const lines = { stack: s.lines.map((l) => ({ text: l, alignment: 'right' as const })), margin: [0, 16, 0, 0] as [number, number, number, number] };
    body.push(
      s.sealRef
        ? { columns: [{ text: '', width: '*' }, { stack: [{ svg: sealSvg(), width: 96, alignment: 'right' }, { ...lines, relativePosition: { x: 0, y: -70 } }], width: 240 }] }
        : lines,
    );
  }
  return {
    pageSize: 'A4',
    pageMargins: [56, 48, 56, 48],
    // Fixed to the issue time, so a reprint carries the same metadata as the first print.
    info: { title: `${doc.title} ${doc.number}`, creationDate: issuedAt, modDate: issuedAt, producer: 'OneWindow', creator: 'OneWindow' },
    content: body,
    defaultStyle: { fontSize: 11 },
  };
}
