import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a workbook as a download: `name` may be Chinese (RFC 5987 `filename*`, which every
 * current browser reads), `asciiName` is the fallback for clients that only read `filename`.
 */
export function sendXlsx(reply: FastifyReply, file: Buffer, name: string, asciiName: string, status = 200) {
  return reply
    .status(status)
    .header('content-type', XLSX_TYPE)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(file);
}
