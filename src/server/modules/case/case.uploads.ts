// Files a case receives over HTTP (window scans, back-office attachments): one list of accepted
// types, one raw-body parser, and one file store per running platform.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { createFileStore, type FileStore } from '../../platform/files/index.ts';

/** Scans and photos as a document camera or a phone sends them; other bodies are refused. */
export const uploadTypes = ['application/pdf', 'application/ofd', 'image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'application/octet-stream'];

/** Take the listed types as the raw file body, up to FILE_MAX_BYTES (per route plugin: parsers are scoped). */
export function acceptUploads(app: FastifyInstance, ctx: AppContext): void {
  app.addContentTypeParser(uploadTypes, { parseAs: 'buffer', bodyLimit: ctx.config.FILE_MAX_BYTES }, (_req, body, done) => done(null, body));
}

const stores = new WeakMap<AppContext, Promise<FileStore>>();

/** The platform's file store, opened once per context on first use. */
export function caseFiles(ctx: AppContext): Promise<FileStore> {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = createFileStore(ctx.config)));
  return store;
}
