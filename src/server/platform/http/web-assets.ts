import path from 'node:path';
import type { FastifyReply } from 'fastify';
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

/** The single-page app's shell: never cached without asking, so a new release is seen at once. */
export function sendWebIndex(reply: FastifyReply, html: string) {
  return reply.type('text/html').header('cache-control', REVALIDATE_CACHE).send(html);
}
