import { describe, expect, it } from 'vitest';
import { contentDisposition, detectMaterialFileType, sanitizeFileName } from './files.ts';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe('material files', () => {
  it('recognises allowed types by their bytes and name', () => {
    expect(detectMaterialFileType(bytes('%PDF-1.7\n'), '样表.pdf')).toBe('pdf');
    expect(detectMaterialFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'a.JPG')).toBe('jpg');
    expect(detectMaterialFileType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'a.png')).toBe('png');
    expect(detectMaterialFileType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '申请表.doc')).toBe('doc');
    expect(detectMaterialFileType(bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), '申请表.docx')).toBe('docx');
    expect(detectMaterialFileType(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'), '表.xlsx')).toBe('xlsx');
  });

  it('rejects a renamed executable, a mismatched name and a zip that is not Office', () => {
    expect(detectMaterialFileType(bytes('MZ', [0x90, 0, 3]), '样表.pdf')).toBeNull();
    expect(detectMaterialFileType(bytes('%PDF-1.4'), '样表.png')).toBeNull();
    expect(detectMaterialFileType(bytes([0x50, 0x4b, 0x03, 0x04], 'payload.exe'), 'a.docx')).toBeNull();
  });

  it('cleans names and encodes them for download', () => {
    expect(sanitizeFileName('C:\\tmp\\..\\申请表<1>.pdf')).toBe('申请表1.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName(`${'长'.repeat(150)}.pdf`)).toHaveLength(100);
    expect(contentDisposition('样表 (1).pdf')).toBe(`attachment; filename="__ (1).pdf"; filename*=UTF-8''%E6%A0%B7%E8%A1%A8%20%281%29.pdf`);
  });
});
