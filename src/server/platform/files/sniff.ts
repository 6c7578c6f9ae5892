// The type of a stored file from its first bytes, never from the name or the browser's claim:
// a renamed executable is not a scan. Covers what a hall stores: camera scans (JPEG, PNG,
// WebP, TIFF), PDFs and OFD (the national format for e-documents, a ZIP holding OFD.xml).
export const sniffedTypes = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
  ofd: 'application/ofd',
  // issue #18: archive packages and registers (.xlsx is a zip too); callers that take uploads list their types and leave it out
  zip: 'application/zip',
} as const;
export type SniffedType = keyof typeof sniffedTypes;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => b.length >= at + sig.length && sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The sniffed type, or null when the bytes are none of the known kinds. */
export function sniffType(b: Uint8Array): SniffedType | null {
  if (startsWith(b, ascii('%PDF-'))) return 'pdf';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  // OFD: a ZIP whose first entry is conventionally OFD.xml (name at offset 30 of the local header).
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) && startsWith(b, ascii('OFD.xml'), 30)) return 'ofd';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  return null;
}
