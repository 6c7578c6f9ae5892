// The e-certificate as PDF (decision 0039): the signed fields on the page, the issuing body's
// seal (the notices' seal, from the case module), a QR code to the public verification page,
// and the proof itself — payload, signature and key id — in the document information, so a
// copy can be checked by machine. Rendered once at issue and stored; downloads serve those bytes.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { ENVELOPE_INFO_KEY, packEnvelope, type CertificatePayload, type Envelope } from '../../../domain/certificate/index.ts';
import { sealSvg } from '../case/index.ts';

const row = (label: string, value: string): Content[] => [
  { text: label, color: '#555555' },
  { text: value, bold: true },
];

export async function certificateDefinition(p: CertificatePayload, envelope: Envelope, verifyUrl: string): Promise<TDocumentDefinitions> {
  const issued = new Date(p.issuedAt);
  const content: Content[] = [
    { text: '电子证照', fontSize: 12, color: '#a00000', alignment: 'center', margin: [0, 0, 0, 6] },
    { text: p.name, fontSize: 24, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
    { text: `编号：${p.number}`, alignment: 'center', margin: [0, 0, 0, 20] },
    {
      table: {
        widths: [90, '*'],
        body: [
          row('持证人', p.holder),
          row('证件号码', p.holderId),
          row('许可事项', p.item),
          row('有效期至', p.validUntil ?? '长期有效'),
          row('发证机关', p.issuingBody),
          row('办件编号', p.caseNumber),
          row('核验码', p.code),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 24],
    },
    {
      columns: [
        // Drawn as vector squares (pdfmake's qr), not a raster image resampled to the page: a picture
        // scaled by a non-whole factor blurred module edges, and about one code in forty did not scan.
        { stack: [{ qr: verifyUrl, fit: 110, eccLevel: 'M' }, { text: '扫码核验真伪', fontSize: 8, margin: [0, 4, 0, 0] }], width: 140 },
        { text: '', width: '*' },
        {
          width: 220,
          stack: [
            { svg: sealSvg(), width: 100, alignment: 'right' },
            { text: p.issuingBody, alignment: 'right', relativePosition: { x: 0, y: -64 } },
            { text: `签发时间：${p.issuedAt.slice(0, 10)}`, alignment: 'right', fontSize: 9, margin: [0, 6, 0, 0] },
          ],
        },
      ],
    },
    {
      text: `本证照由一窗通办平台以 Ed25519 电子签名签发（密钥 ${envelope.keyId}），与纸质证照具有同等效力。核验：扫描二维码或访问 ${verifyUrl}；上传本文件可核验文件是否被改动。`,
      fontSize: 8,
      color: '#555555',
      margin: [0, 24, 0, 0],
    },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [64, 56, 64, 56],
    info: {
      title: `${p.name} ${p.number}`,
      subject: `电子证照 ${p.code}`,
      creationDate: issued,
      modDate: issued,
      producer: 'OneWindow',
      creator: 'OneWindow',
      // Not one of pdfmake's typed keys: passed through to the PDF's Info dictionary as is.
      ...({ [ENVELOPE_INFO_KEY]: packEnvelope(envelope) } as object),
    },
    content,
    defaultStyle: { fontSize: 12 },
  };
}

const ENVELOPE_CHARS = '[A-Za-z0-9_.\\-]+';

/** The last match of a PDF string value: a literal of envelope characters or a hex string. */
function stringValue(text: string, valueRe: string): string | null {
  const all = [...text.matchAll(new RegExp(valueRe, 'g'))];
  const m = all.pop();
  if (!m) return null;
  if (m[1] !== undefined) return m[1];
  return Buffer.from(m[2]!.replace(/\s/g, ''), 'hex').toString('latin1');
}

/**
 * The envelope line of a PDF's Info dictionary: written directly or, as pdfkit does, as an
 * indirect object. The last definition wins, as in a PDF's incremental update.
 */
export function envelopeLineOf(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const value = `\\((${ENVELOPE_CHARS})\\)|<([0-9A-Fa-f\\s]+)>`;
  const refs = [...text.matchAll(new RegExp(`/${ENVELOPE_INFO_KEY}\\s+(\\d+)\\s+(\\d+)\\s+R`, 'g'))];
  const ref = refs.pop();
  if (ref) return stringValue(text, `(?:^|\\s)${ref[1]}\\s+${ref[2]}\\s+obj\\s*(?:${value})`);
  return stringValue(text, `/${ENVELOPE_INFO_KEY}\\s*(?:${value})`);
}
