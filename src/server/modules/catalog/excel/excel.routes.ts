// HTTP of the catalog workbook. Registered as its own plugin so the xlsx body parser applies
// to these routes only.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../../../../domain/errors/index.ts';
import { ImportResult } from '../../../../contract/catalog.ts';
import { binary, fileResponse } from '../../../../contract/common.ts';
import type { AppContext } from '../../../platform/context.ts';
import { actorOf } from '../../../platform/http/guard.ts';
import { chinaToday } from '../../calendar/index.ts';
import { sendXlsx, XLSX_TYPE } from '../../../platform/http/xlsx.ts';
import { exportCatalog } from './export.service.ts';
import { importCatalog } from './import.service.ts';
import { errorReportWorkbook } from './report.ts';

export { XLSX_TYPE };
const IMPORT_LIMIT = 20 * 1024 * 1024;
const tags = ['catalog 事项清单'];
const flag = z.enum(['true', 'false'], { message: '应为 true 或 false' }).optional();

const exportDescription =
  '事项清单导出为 Excel：工作表“说明”“事项”“申请材料”“办理流程”“收费”。每个事项导出其当前版本（有草稿的为草稿，否则为已发布版本），' +
  '已废止的事项不导出。范围为本人可见的事项（本中心及下级中心的事项、委托或下放给它们的事项）；centerId 只导出该中心的事项清单。';
const importDescription =
  '导入导出格式的 Excel 工作簿。请求体为 .xlsx 文件本身（Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ' +
  '或 application/octet-stream，最大 20 MB）。dryRun=true 只校验，不写入。每行都用办事指南的校验规则检查，错误逐行返回' +
  '（errors: [{sheet, row, column, message}]，row 为 Excel 行号）；report=xlsx 且有错误时，返回标注了错误单元格并附“导入错误”工作表的原文件，' +
  '供修改后重新上传（试运行为 200，正式导入为 400）。无错误时：新事项建为草稿，与当前版本相同的事项不改动，有改动的事项生成新草稿版本' +
  '（已有草稿的更新该草稿），全部在一个事务中写入并记录审计日志；任一行有错则什么都不写（400，details 为同样的结果）。导入不发布，' +
  '发布仍需对每个草稿调用发布接口，并经过完整性检查。';

// The file is named by the day in Beijing (after midnight there, UTC is still on yesterday).
const today = () => chinaToday();

export async function catalogExcelRoutes(base: FastifyInstance, ctx: AppContext) {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.addContentTypeParser([XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  app.get(
    '/catalog/export.xlsx',
    {
      config: { permission: 'catalog.read' },
      schema: {
        operationId: 'exportCatalog',
        tags,
        description: exportDescription,
        querystring: z.object({ centerId: z.string().uuid({ message: '编号格式不正确' }).optional() }), response: { 200: fileResponse(XLSX_TYPE, '事项清单工作簿 (xlsx)') },
      },
    },
    async (req, reply) => {
      const { file } = await exportCatalog(ctx.db, actorOf(req), req.query);
      return sendXlsx(reply, file, `事项清单-${today()}.xlsx`, 'catalog.xlsx');
    },
  );

  app.post(
    '/catalog/import',
    {
      config: { permission: 'catalog.manage' },
      bodyLimit: IMPORT_LIMIT,
      schema: {
        operationId: 'importCatalog',
        tags,
        description: importDescription,
        querystring: z.object({ dryRun: flag, report: z.enum(['json', 'xlsx']).optional() }), response: { 200: { description: '导入结果；report=xlsx 且有错误时为标注了错误的工作簿', content: { 'application/json': { schema: ImportResult }, [XLSX_TYPE]: { schema: binary } } } },
      },
    },
    async (req, reply) => {
      const file = req.body;
      if (!Buffer.isBuffer(file) || file.length === 0) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', { expected: XLSX_TYPE });
      const dryRun = req.query.dryRun === 'true';
      const result = await importCatalog(ctx.db, { actor: actorOf(req), ip: req.ip }, file, { dryRun });
      if (!result.ok && req.query.report === 'xlsx')
        return sendXlsx(reply, await errorReportWorkbook(file, result.errors), `导入错误报告-${today()}.xlsx`, 'catalog.xlsx', dryRun ? 200 : 400);
      if (!result.ok && !dryRun) throw new DomainError('VALIDATION_FAILED', result);
      return result;
    },
  );
}
