// 样表 and 空白表格 of a material: what may be uploaded, recognised by its first bytes (a
// renamed .exe is not a PDF), and how its name is cleaned before it is stored or sent.

export const MATERIAL_FILE_KINDS = ['sample', 'blank'] as const;
export type MaterialFileKind = (typeof MATERIAL_FILE_KINDS)[number];
export const MATERIAL_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** A stored file as the API lists it (without its bytes). */
export interface MaterialFileInfo {
  id: string;
  materialId: string;
  kind: MaterialFileKind;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export const materialFileTypes = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  doc: { contentType: 'application/msword', extensions: ['doc'] },
  xls: { contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  jpg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { contentType: 'image/png', extensions: ['png'] },
} as const;
export type MaterialFileType = keyof typeof materialFileTypes;

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function contains(b: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const extensionOf = (name: string) => (/\.([a-z0-9]+)$/i.exec(name)?.[1] ?? '').toLowerCase();

/**
 * The type of an upload from its bytes, agreeing with its name: PDF, JPG and PNG by their
 * signatures; DOC/XLS share the OLE2 container and DOCX/XLSX the ZIP one, so there the
 * extension picks which (and a DOCX must hold word/, an XLSX xl/). Anything else: null.
 */
export function detectMaterialFileType(bytes: Uint8Array, fileName: string): MaterialFileType | null {
  const ext = extensionOf(fileName);
  let type: MaterialFileType | null = null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) type = 'pdf';
  else if (startsWith(bytes, [0xff, 0xd8, 0xff])) type = 'jpg';
  else if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) type = 'png';
  else if (startsWith(bytes, OLE2)) type = ext === 'xls' ? 'xls' : ext === 'doc' ? 'doc' : null;
  else if (startsWith(bytes, ZIP)) {
    if (ext === 'docx' && contains(bytes, 'word/')) type = 'docx';
    else if (ext === 'xlsx' && contains(bytes, 'xl/')) type = 'xlsx';
  }
  if (!type) return null;
  return (materialFileTypes[type].extensions as readonly string[]).includes(ext) ? type : null;
}

/** A file name safe to store and to send: no path, no control or reserved characters. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').replace(/\s+/g, ' ').replace(/^[.\s]+/, '').trim();
  if (clean.length <= 100) return clean;
  const ext = extensionOf(clean);
  return ext ? `${clean.slice(0, 99 - ext.length)}.${ext}` : clean.slice(0, 100);
}

/** Content-Disposition with an ASCII fallback and the real name per RFC 5987. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'file';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
