import path from 'node:path';
import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyStaticOptions } from '@fastify/static';

// Vite names every file under assets/ by its content hash: a changed file gets a new name, so
// a browser may keep the old one for a year without asking. Everything else (index.html, which
// names the current hashes) must be revalidated on every visit.
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE = 'no-cache';

/** Options for @fastify/static serving the built web app (dist/web). */
export function webStaticOptions(webDir: string): FastifyStaticOptions {
  const assetsDir = path.join(webDir, 'assets') + path.sep;
  return {
    root: webDir,
    wildcard: false,
    index: false,
    // The build writes .br and .gz beside each script and style sheet (vite.config.ts): the
    // server picks the one the browser accepts and compresses nothing at run time.
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', filePath.startsWith(assetsDir) ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
    },
  };
}

/** The single-page app's shell (index.html), compressed once at start. */
export interface WebIndex {
  html: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export function webIndexOf(html: string): WebIndex {
  const raw = Buffer.from(html);
  return { html: raw, br: zlib.brotliCompressSync(raw), gzip: zlib.gzipSync(raw, { level: 9 }) };
}

/** Never cached without asking, so a new release is seen at once; compressed when the browser accepts it. */
export function sendWebIndex(req: FastifyRequest, reply: FastifyReply, index: WebIndex) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
  reply.type('text/html; charset=utf-8').header('cache-control', REVALIDATE_CACHE).header('vary', 'Accept-Encoding');
  if (!encoding) return reply.send(index.html);
  return reply.header('content-encoding', encoding).send(index[encoding]);
}
