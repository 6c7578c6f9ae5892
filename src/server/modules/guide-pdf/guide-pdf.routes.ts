import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDomainError } from '../../../domain/errors/index.ts';
import { ErrorBody, fileResponse } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { requestLang } from '../../platform/http/lang.ts';
import { checkFontSetting } from './guide-pdf.font.ts';
import { attachmentHeader } from './guide-pdf.format.ts';
import { parseAnswers, renderGuidePdf } from './guide-pdf.service.ts';

const tags = ['portal 网上办事大厅'];
const Params = z.object({ id: z.string().uuid({ message: '编号格式不正确' }) });
/** 情形 answers as `question:option` pairs, comma-separated: the applicant's 一次性告知单. */
const Query = z.object({ answers: z.string().max(2000, { message: '情形选择过长' }).optional() });
const notPublished = { zh: '该事项不存在或尚未发布办事指南', en: 'This item does not exist or has no published guide' };

/** PUBLIC_URL when set (the address citizens use), else the address this request came to. */
function publicBase(ctx: AppContext, req: FastifyRequest): string {
  return ctx.config.PUBLIC_URL || `${req.protocol}://${req.host}`;
}

/** The printable 办事指南 (PDF) of a published item, with a QR code to its online page. */
export async function guidePdfRoutes(base: FastifyInstance, ctx: AppContext) {
  checkFontSetting(ctx.config.PDF_FONT_PATH);
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/portal/items/:id/guide.pdf',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getGuidePdf',
        tags,
        summary: '下载办事指南 PDF (printable guide)',
        params: Params,
        querystring: Query,
        security: [],
        produces: ['application/pdf'], response: { 200: fileResponse('application/pdf', '办事指南 PDF（A4，附二维码）'), 404: ErrorBody },
      },
    },
    async (req, reply) => {
      try {
        const r = await renderGuidePdf(ctx, req.params.id, publicBase(ctx, req), new Date(), parseAnswers(req.query.answers));
        return reply
          .type('application/pdf')
          .header('content-disposition', attachmentHeader(r.fileName, r.asciiName))
          .header('cache-control', 'no-cache')
          .send(r.pdf);
      } catch (e) {
        if (!isDomainError(e) || e.code !== 'NOT_FOUND') throw e;
        return reply.status(404).send({ code: 'NOT_FOUND', message: notPublished[requestLang(req)], details: { object: 'catalogItem', id: req.params.id } });
      }
    },
  );
}
