// The archive's view of the platform file store: the same blobs and key, but a limit of its
// own (a package holds every scan of a case, so it may pass the per-upload FILE_MAX_BYTES).
import type { AppContext } from '../../platform/context.ts';
import { createFileStore, type FileStore } from '../../platform/files/index.ts';

const stores = new WeakMap<AppContext, Promise<FileStore>>();

export function archiveFiles(ctx: AppContext): Promise<FileStore> {
  let store = stores.get(ctx);
  if (!store) stores.set(ctx, (store = createFileStore({ ...ctx.config, FILE_MAX_BYTES: Math.max(ctx.config.ARCHIVE_PACKAGE_MAX_BYTES, ctx.config.FILE_MAX_BYTES) })));
  return store;
}
