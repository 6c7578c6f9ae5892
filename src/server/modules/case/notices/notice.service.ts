// Printing a notice: the stored document of an issued notice, rendered on demand.
import { and, eq } from 'drizzle-orm';
import { DomainError } from '../../../../domain/errors/index.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Actor } from '../../../platform/context.ts';
import { pdfFont, renderPdf } from '../../guide-pdf/index.ts';
import { caseNotices } from '../case.schema.ts';
import { readableCase } from '../read/page.read.ts';
import { noticeDefinition } from './notice-pdf.ts';

export async function noticePdf(ctx: AppContext, actor: Actor, caseId: string, noticeId: string) {
  await readableCase(ctx.db, actor, caseId);
  return noticePdfOfCase(ctx, caseId, noticeId);
}

/** A notice of this case as issued; another case's notice id answers 404 (the caller checked who may read the case). */
export async function noticePdfOfCase(ctx: AppContext, caseId: string, noticeId: string) {
  const [notice] = await ctx.db
    .select()
    .from(caseNotices)
    .where(and(eq(caseNotices.id, noticeId), eq(caseNotices.caseId, caseId)))
    .limit(1);
  if (!notice) throw new DomainError('NOT_FOUND', { object: 'notice', id: noticeId });
  const pdf = await renderPdf(pdfFont(ctx.config.PDF_FONT_PATH, ctx.log), await noticeDefinition({ doc: notice.document, issuedAt: notice.issuedAt }));
  return { pdf, fileName: `${notice.document.title}-${notice.number}.pdf`, asciiName: `notice-${notice.id}.pdf` };
}
