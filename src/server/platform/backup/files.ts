// The file store in a backup (scans, uploads, seal images). The database rows name files by
// SHA-256; the files themselves travel beside the backup file in `<file>.files/`, a directory
// laid out like the local file store, blobs copied still encrypted with FILES_KEY (a backup
// never holds a scan in the clear; restoring needs the same FILES_KEY). Content addressing
// makes the copy incremental and resumable: a nightly backup into the same place copies only
// the day's new files, and a blob already there is the same blob.
import { existsSync, mkdirSync } from 'node:fs';
import { copyBlobs, LocalBackend, type BlobBackend, type FileStore } from '../files/index.ts';

export function filesDirOf(backupFile: string): string {
  return `${backupFile}.files`;
}

export interface FilesCopied {
  dir: string;
  copied: number;
  seen: number;
}

/**
 * Copy every blob of the store beside the backup file. Run it AFTER the rows are written: a
 * file is always stored before a row names it, so every file the backup's rows name is there.
 */
export async function backupFiles(from: BlobBackend, backupFile: string, onProgress?: (copied: number, seen: number) => void): Promise<FilesCopied> {
  const dir = filesDirOf(backupFile);
  // Made even when the store is empty: its presence says this backup carries the files.
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { dir, ...(await copyBlobs(from, new LocalBackend(dir), onProgress)) };
}

/** Copy the backup's files into the store; null when the backup has no files beside it. */
export async function restoreFiles(backupFile: string, to: BlobBackend, onProgress?: (copied: number, seen: number) => void): Promise<FilesCopied | null> {
  const dir = filesDirOf(backupFile);
  if (!existsSync(dir)) return null;
  return { dir, ...(await copyBlobs(new LocalBackend(dir), to, onProgress)) };
}

/**
 * Reads one restored file back with this store's key: a different FILES_KEY than the backup's
 * source would leave every scan unreadable, so the restore says so at once.
 */
export async function checkFilesReadable(store: FileStore): Promise<{ ok: true; checked: number } | { ok: false; sha256: string; error: string }> {
  for await (const sha256 of store.list()) {
    try {
      await store.get(sha256);
      return { ok: true, checked: 1 };
    } catch (e) {
      return { ok: false, sha256, error: e instanceof Error ? e.message : String(e) };
    }
  }
  return { ok: true, checked: 0 };
}
