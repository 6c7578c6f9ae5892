// The fee's papers as PDF: the payment notice and the receipt, rendered from the documents
// stored at issue by the case notices' renderer (seal, Code 128 of the case number, QR).
import { DomainError } from '../../../domain/errors/index.ts';
import type { AppContext, Actor } from '../../platform/context.ts';
import { noticeDefinition } from '../case/index.ts';
import { pdfFont, renderPdf } from '../guide-pdf/index.ts';
import { historyOf } from './fee.queries.ts';
import { readableNotice } from './fee.views.ts';

export async function noticePdf(ctx: AppContext, actor: Actor, id: string) {
  const n = await readableNotice(ctx.db, actor, id);
  const pdf = await renderPdf(pdfFont(ctx.config.PDF_FONT_PATH, ctx.log), await noticeDefinition({ doc: n.document, issuedAt: n.issuedAt }));
  return { pdf, fileName: `缴款通知书-${n.number}.pdf`, asciiName: `fee-notice-${n.id}.pdf` };
}

export async function receiptPdf(ctx: AppContext, actor: Actor, id: string) {
  const n = await readableNotice(ctx.db, actor, id);
  const paid = (await historyOf(ctx.db, id)).find((a) => a.action === 'pay');
  if (!paid?.receipt) throw new DomainError('NOT_FOUND', { object: 'receipt', id });
  const pdf = await renderPdf(pdfFont(ctx.config.PDF_FONT_PATH, ctx.log), await noticeDefinition({ doc: paid.receipt, issuedAt: paid.at }));
  return { pdf, fileName: `收费收据-${paid.receiptNumber}.pdf`, asciiName: `fee-receipt-${n.id}.pdf` };
}
