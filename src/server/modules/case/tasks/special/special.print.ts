// Printing a special step's record: its document (the same one the /print page shows) with its
// JPEG/PNG photos read from the file store, rendered as a numbered PDF.
import type { AppContext, Actor } from '../../../../platform/context.ts';
import type { FileStore } from '../../../../platform/files/index.ts';
import { pdfFont, renderPdf } from '../../../guide-pdf/index.ts';
import { trackingUrlOf } from '../../notices/issue.ts';
import { recordDefinition } from './special.pdf.ts';
import { specialRecordForPrint } from './special.service.ts';

export async function specialRecordPdf(ctx: AppContext, files: FileStore, actor: Actor, caseId: string, id: string, publicUrl: string) {
  const rec = await specialRecordForPrint(ctx.db, actor, caseId, id);
  const images: { name: string; dataUrl: string }[] = [];
  for (const p of rec.photos.filter((x) => x.mime === 'image/jpeg' || x.mime === 'image/png')) {
    const file = await files.get(p.sha256);
    if (file) images.push({ name: p.name, dataUrl: `data:${p.mime};base64,${Buffer.from(file.bytes).toString('base64')}` });
  }
  const font = pdfFont(ctx.config.PDF_FONT_PATH, ctx.log);
  const render = async (withImages: typeof images) =>
    renderPdf(font, await recordDefinition({ doc: rec.document, trackingUrl: trackingUrlOf(publicUrl, rec.document.caseNumber), images: withImages, at: new Date(rec.createdAt) }));
  // A photo the renderer cannot draw (a damaged file that still sniffs as PNG) must not stop the
  // record from printing: it is then listed by name only, as the record's fields already do.
  const pdf = await render(images).catch((e: unknown) => {
    ctx.log.warn({ err: e, recordId: id }, 'special record photos could not be drawn; printing without them');
    return render([]);
  });
  return { pdf, fileName: `${rec.title}-${rec.number}.pdf`, asciiName: `record-${rec.id}.pdf` };
}
