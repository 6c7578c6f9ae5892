// HTTP of material files (样表, 空白表格). Registered as its own plugin so the raw-body parser
// (octet-stream and the allowed types, 5 MB plus headroom; the service checks the real limit and type) applies here only.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition, MATERIAL_FILE_KINDS, MATERIAL_FILE_MAX_BYTES, materialFileTypes } from '../../../domain/catalog/index.ts';
import { MaterialFileInfo } from '../../../contract/catalog.ts';
import { fileResponse, NoContent } from '../../../contract/common.ts';
import type { AppContext } from '../../platform/context.ts';
import { actorOf } from '../../platform/http/guard.ts';
import type { FileRow } from './files.queries.ts';
import { publicFile, removeFile, staffFile, uploadFile } from './files.service.ts';

const uuid = z.string().uuid({ message: '编号格式不正确' });
const idParam = z.object({ id: uuid });
const tags = ['catalog 事项清单'];
const uploadDescription =
  '上传申请材料的样表（kind=sample）或空白表格（kind=blank），仅限草稿版本。请求体为文件本身（Content-Type 为 application/octet-stream 或文件类型），' +
  'name 为原文件名。最大 5 MB；只接受 PDF、DOC/DOCX、XLS/XLSX、JPG/PNG，按文件内容（文件头）识别，内容与扩展名不符的文件以 415 拒绝。';

function sendFile(reply: FastifyReply, f: FileRow) {
  return reply
    .header('content-type', f.contentType)
    .header('content-disposition', contentDisposition(f.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=300')
    .send(f.bytes);
}

export async function catalogFileRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const types = ['application/octet-stream', ...new Set(Object.values(materialFileTypes).map((t) => t.contentType))];
  app.addContentTypeParser(types, { parseAs: 'buffer', bodyLimit: MATERIAL_FILE_MAX_BYTES + 1024 * 1024 }, (_req, body, done) => done(null, body));
  const who = (req: Parameters<typeof actorOf>[0]) => ({ actor: actorOf(req), ip: req.ip });

  app.post(
    '/catalog/versions/:versionId/materials/:materialId/files',
    {
      config: { permission: 'catalog.manage' },
      schema: {
        operationId: 'uploadCatalogFile',
        tags,
        description: uploadDescription,
        params: z.object({ versionId: uuid, materialId: uuid }),
        querystring: z.object({
          kind: z.enum(MATERIAL_FILE_KINDS, { message: 'kind 应为 sample（样表）或 blank（空白表格）' }),
          name: z.string().trim().min(1, { message: '请提供文件名' }).max(255, { message: '文件名过长' }),
        }), response: { 201: MaterialFileInfo },
      },
    },
    async (req, reply) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : undefined;
      const row = await uploadFile(ctx.db, who(req), req.params.versionId, req.params.materialId, { kind: req.query.kind, fileName: req.query.name, bytes });
      return reply.status(201).send(row);
    },
  );
  app.delete('/catalog/files/:id', { config: { permission: 'catalog.manage' }, schema: { operationId: 'removeCatalogFile', tags, params: idParam, response: { 204: NoContent } } }, async (req, reply) => {
    await removeFile(ctx.db, who(req), req.params.id);
    return reply.status(204).send();
  });
  app.get('/catalog/files/:id', { config: { permission: 'catalog.read' }, schema: { operationId: 'downloadCatalogFile', tags, params: idParam, response: { 200: fileResponse('application/octet-stream', '样表或空白表格本身；Content-Type 为文件的类型（PDF、DOC/DOCX、XLS/XLSX、JPG/PNG）') } } }, async (req, reply) =>
    sendFile(reply, await staffFile(ctx.db, actorOf(req), req.params.id)),
  );
  app.get(
    '/portal/files/:id',
    { config: { access: 'public' }, schema: { operationId: 'downloadPortalFile', tags: ['portal 网上办事大厅'], params: idParam, security: [], response: { 200: fileResponse('application/octet-stream', '样表或空白表格本身；Content-Type 为文件的类型（PDF、DOC/DOCX、XLS/XLSX、JPG/PNG）') } } },
    async (req, reply) => sendFile(reply, await publicFile(ctx.db, req.params.id)),
  );
}
