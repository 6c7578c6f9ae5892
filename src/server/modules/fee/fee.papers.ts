// The fee's papers as PDF: the payment notice and the receipt, rendered from the documents
// stored at issue by the case notices' renderer (seal, Code 128 of the case number, QR).
import { DomainError } from '../../../domain/errors/index.ts';
import type { AppContext, Actor } from '../../platform/context.ts';
import { noticeDefinition } from '../case/index.ts';
import { pdfFont, renderPdf } from '../guide-pdf/index.ts';
import { historyOf, type FeeNoticeRow } from './fee.queries.ts';
import { readableNotice } from './fee.views.ts';

/** The 缴款通知书 of a notice, as issued. */
export async function noticePaper(ctx: AppContext, n: FeeNoticeRow) {
  const pdf = await renderPdf(pdfFont(ctx.config.PDF_FONT_PATH, ctx.log), await noticeDefinition({ doc: n.document, issuedAt: n.issuedAt }));
  return { pdf, fileName: `缴款通知书-${n.number}.pdf`, asciiName: `fee-notice-${n.id}.pdf` };
}

/** The receipt of a notice's payment; 404 before it is paid. */
export async function receiptPaper(ctx: AppContext, n: FeeNoticeRow) {
  const paid = (await historyOf(ctx.db, n.id)).find((a) => a.action === 'pay');
  if (!paid?.receipt) throw new DomainError('NOT_FOUND', { object: 'receipt', id: n.id });
  const pdf = await renderPdf(pdfFont(ctx.config.PDF_FONT_PATH, ctx.log), await noticeDefinition({ doc: paid.receipt, issuedAt: paid.at }));
  return { pdf, fileName: `收费收据-${paid.receiptNumber}.pdf`, asciiName: `fee-receipt-${n.id}.pdf` };
}

export async function noticePdf(ctx: AppContext, actor: Actor, id: string) {
  return noticePaper(ctx, await readableNotice(ctx.db, actor, id));
}

export async function receiptPdf(ctx: AppContext, actor: Actor, id: string) {
  return receiptPaper(ctx, await readableNotice(ctx.db, actor, id));
}
