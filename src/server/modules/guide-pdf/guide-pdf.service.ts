// Renders the printable guide of a published item.
import QRCode from 'qrcode';
import type { AppContext } from '../../platform/context.ts';
import { getPublicGuide } from '../catalog/index.ts';
import { cachedPdf } from './guide-pdf.cache.ts';
import { guideDocument } from './guide-pdf.document.ts';
import { pdfFont } from './guide-pdf.font.ts';
import { shanghaiDateTime } from './guide-pdf.format.ts';
import { renderPdf } from './guide-pdf.render.ts';

export interface GuidePdf {
  pdf: Buffer;
  /** Shown to the user: 办事指南-<item name>.pdf */
  fileName: string;
  /** ASCII-only fallback for old clients. */
  asciiName: string;
}

/** The guide's page in the online hall, on the platform's public address. */
export function guidePageUrl(baseUrl: string, itemId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/portal/items/${itemId}`;
}

/** Throws NOT_FOUND when the item does not exist or has no published version. */
export async function renderGuidePdf(ctx: AppContext, itemId: string, baseUrl: string, now = new Date()): Promise<GuidePdf> {
  const guide = await getPublicGuide(ctx.db, itemId);
  const pageUrl = guidePageUrl(baseUrl, itemId);
  const pdf = await cachedPdf(`${guide.id}|${pageUrl}`, async () => {
    const qrDataUrl = await QRCode.toDataURL(pageUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
    const font = pdfFont(ctx.config.PDF_FONT_PATH, ctx.log);
    return renderPdf(font, guideDocument({ guide, pageUrl, qrDataUrl, generatedAt: shanghaiDateTime(now) }));
  });
  const title = guide.subItemName ? `${guide.name}（${guide.subItemName}）` : guide.name;
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  return { pdf, fileName: `办事指南-${safe}.pdf`, asciiName: `guide-${guide.basicCode}.pdf` };
}
