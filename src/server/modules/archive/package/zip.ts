// Zips of the archive (fflate): written with a fixed timestamp so a package built twice from
// the same files has the same bytes; read back entry by entry for verification.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type ZipFiles = Record<string, Uint8Array>;

/** Already-compressed content (PDF, images, zips, xlsx) is stored; text is deflated. */
const stored = /\.(pdf|jpe?g|png|webp|tiff?|ofd|zip|xlsx)$/i;

export function zipFiles(files: ZipFiles, mtime: Date): Buffer {
  const input: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) input[path] = [bytes, { level: stored.test(path) ? 0 : 6, mtime }];
  return Buffer.from(zipSync(input));
}

/** The files of a zip, or null when the bytes are not a readable zip. */
export function unzipFiles(bytes: Uint8Array): ZipFiles | null {
  try {
    const all = unzipSync(bytes);
    return Object.fromEntries(Object.entries(all).filter(([path]) => !path.endsWith('/')));
  } catch {
    return null;
  }
}

export const utf8 = (s: string): Uint8Array => strToU8(s);
export const text = (b: Uint8Array): string => strFromU8(b);
