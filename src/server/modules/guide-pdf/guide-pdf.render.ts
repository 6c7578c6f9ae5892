// pdfmake set up for server use: a private instance (its fonts and access policies are
// instance state, so other modules' PDFs are not affected), fonts held in memory through its
// virtual file system, and no file or network access from a document definition.
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions, TFontFamilyTypes } from 'pdfmake/interfaces';
import type { PdfFont } from './guide-pdf.font.ts';

/** The family name document definitions use. */
export const PDF_FONT = 'OneWindowCJK';

// The package's instance also carries a virtual file system, which the types leave out.
type PdfMake = typeof pdfMake & { virtualfs: { writeFileSync(name: string, content: Buffer): void } };
let instance: { font: PdfFont; make: PdfMake } | undefined;

function makerFor(font: PdfFont): PdfMake {
  if (instance?.font === font) return instance.make;
  const make = new (pdfMake.constructor as new () => PdfMake)();
  // Resources come from the virtual file system and data URLs only.
  make.setUrlAccessPolicy(() => false);
  make.setLocalAccessPolicy(() => false);
  make.virtualfs.writeFileSync('onewindow/cjk-normal', font.normal);
  make.virtualfs.writeFileSync('onewindow/cjk-bold', font.bold);
  const source = (file: string, face?: string) => (face ? [file, face] : file) as TFontFamilyTypes['normal'];
  make.setFonts({
    [PDF_FONT]: {
      normal: source('onewindow/cjk-normal', font.normalFace),
      bold: source('onewindow/cjk-bold', font.boldFace),
      italics: source('onewindow/cjk-normal', font.normalFace),
      bolditalics: source('onewindow/cjk-bold', font.boldFace),
    },
  });
  instance = { font, make };
  return make;
}

export function renderPdf(font: PdfFont, doc: TDocumentDefinitions): Promise<Buffer> {
  return makerFor(font).createPdf({ ...doc, defaultStyle: { font: PDF_FONT, ...doc.defaultStyle } }).getBuffer();
}
