import http from 'node:http';
import type { Socket } from 'node:net';
import { errorCatalog, errorMessage, type ErrorCode, type Lang } from '../../../domain/errors/index.ts';

// Requests Node refuses before Fastify sees them (headers over the size limit, a malformed
// request line, a timeout) would get Fastify's English `{"error":…}` body. Answer them in the
// platform's `{code, message}` shape, in Chinese unless the raw request asked for English.

function codeOf(err: { code?: string }): ErrorCode {
  if (err.code === 'HPE_HEADER_OVERFLOW') return 'HEADERS_TOO_LARGE';
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'REQUEST_TIMEOUT';
  return 'BAD_HTTP_REQUEST';
}

/** The headers were not parsed; the bytes Node read (`rawPacket`) may still say Accept-Language. */
function langOf(err: { rawPacket?: unknown }): Lang {
  const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.subarray(0, 64 * 1024).toString('latin1') : '';
  return /\r\naccept-language:[ \t]*en/i.test(raw) ? 'en' : 'zh';
}

/** Fastify's `clientErrorHandler`: the answer is written to the socket by hand, then it is closed. */
export function clientErrorHandler(err: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
  // A reset connection has nobody left to answer.
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const code = codeOf(err);
  const status = errorCatalog[code].status;
  const body = JSON.stringify({ code, message: errorMessage(code, langOf(err)) });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
