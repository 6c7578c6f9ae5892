// Renders the printable guide of a published item.
import QRCode from 'qrcode';
import { materialsForAnswers, type SituationAnswers } from '../../../domain/catalog/index.ts';
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

/** `q1:o2,q3:o1` (the query the consultation desk sends) → answers; malformed pairs are ignored. */
export function parseAnswers(text: string | undefined): SituationAnswers {
  const pairs = (text ?? '').split(',').map((p) => p.split(':'));
  return Object.fromEntries(pairs.filter((p): p is [string, string] => p.length === 2 && !!p[0] && !!p[1]));
}

/**
 * Throws NOT_FOUND when the item does not exist or has no published version. With 情形
 * answers it is the applicant's 一次性告知单: only the materials their situation needs, the
 * conditions the answers add, and the answers themselves (decision 0029).
 */
export async function renderGuidePdf(ctx: AppContext, itemId: string, baseUrl: string, now = new Date(), answers: SituationAnswers = {}): Promise<GuidePdf> {
  const published = await getPublicGuide(ctx.db, itemId);
  const tailored = materialsForAnswers(published, answers);
  const situation = tailored.answered.length ? { answered: tailored.answered, dropped: tailored.dropped.map((d) => d.material.name) } : undefined;
  const guide = situation ? { ...published, materials: tailored.materials, acceptanceConditions: tailored.conditions.join('\n') } : published;
  const pageUrl = guidePageUrl(baseUrl, itemId);
  const answerKey = tailored.answered.map((a) => `${a.questionId}:${a.optionId}`).join(',');
  const pdf = await cachedPdf(`${guide.id}|${pageUrl}|${answerKey}`, async () => {
    const qrDataUrl = await QRCode.toDataURL(pageUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240 });
    const font = pdfFont(ctx.config.PDF_FONT_PATH, ctx.log);
    return renderPdf(font, guideDocument({ guide, pageUrl, qrDataUrl, generatedAt: shanghaiDateTime(now), situation }));
  });
  const title = guide.subItemName ? `${guide.name}（${guide.subItemName}）` : guide.name;
  const safe = title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim();
  return { pdf, fileName: `办事指南-${safe}.pdf`, asciiName: `guide-${guide.basicCode}.pdf` };
}
