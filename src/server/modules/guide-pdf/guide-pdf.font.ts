// The CJK font of generated PDFs. A full TTF/OTF/TTC is required: subsetted or woff2 fonts
// render Chinese blank (STACK.md trap 10). The bundled Noto Sans SC lacks characters outside
// the main Unicode plane (e.g. 𠮷); PDF_FONT_PATH may point to the system's Noto CJK instead.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Logger } from 'pino';

export interface PdfFont {
  /** What the log and the PDF metadata name. */
  description: string;
  normal: Buffer;
  bold: Buffer;
  /** For a collection (.ttc): the PostScript name of the face to use. */
  normalFace?: string;
  boldFace?: string;
}

const require = createRequire(import.meta.url);

function bundledFile(weight: '400Regular' | '700Bold'): string {
  const pkg = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return path.join(pkg, weight, `NotoSansSC_${weight}.ttf`);
}

/** `/x/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular` → file and face; Noto CJK defaults to SC. */
export function parseFontSetting(setting: string): { file: string; face?: string } {
  const [file, face] = setting.split('#') as [string, string | undefined];
  if (face) return { file, face };
  const noto = /NotoSans(?:Mono)?CJK-(\w+)\.ttc$/i.exec(file);
  if (noto) return { file, face: `NotoSansCJKsc-${noto[1]}` };
  return { file };
}

/** The bold sibling of a configured font when one exists beside it (…-Regular → …-Bold). */
function boldSibling(file: string): string | undefined {
  const candidate = file.replace(/Regular(?=\.\w+$)/, 'Bold');
  return candidate !== file && fs.existsSync(candidate) ? candidate : undefined;
}

/** A wrong PDF_FONT_PATH stops the start with a clear message, not the first download. */
export function checkFontSetting(setting: string | undefined) {
  if (!setting) return;
  const { file } = parseFontSetting(setting);
  if (!fs.existsSync(file)) throw new Error(`配置有误: PDF_FONT_PATH 字体文件不存在 (font file not found): ${file}`);
}

function load(setting: string | undefined): PdfFont {
  if (!setting) {
    const normal = bundledFile('400Regular');
    return { description: `Noto Sans SC (bundled, ${normal})`, normal: fs.readFileSync(normal), bold: fs.readFileSync(bundledFile('700Bold')) };
  }
  const { file, face } = parseFontSetting(setting);
  if (!fs.existsSync(file)) throw new Error(`PDF_FONT_PATH: 字体文件不存在 (font file not found): ${file}`);
  const normal = fs.readFileSync(file);
  const boldFile = face ? undefined : boldSibling(file);
  const ttcBold = face ? boldSibling(file) : undefined;
  if (ttcBold) {
    return { description: `${file} (${face}) + bold ${ttcBold}`, normal, normalFace: face, bold: fs.readFileSync(ttcBold), boldFace: face?.replace(/Regular$/, 'Bold') };
  }
  if (boldFile) return { description: `${file} + bold ${boldFile}`, normal, bold: fs.readFileSync(boldFile) };
  return { description: `${file}${face ? ` (${face})` : ''}; bold uses the same face`, normal, normalFace: face, bold: normal, boldFace: face };
}

let cached: { setting: string | undefined; font: PdfFont } | undefined;

/** Reads the font once per process (about 20 MB) and says in the log which one is in use. */
export function pdfFont(setting: string | undefined, log: Logger): PdfFont {
  if (cached && cached.setting === setting) return cached.font;
  const font = load(setting);
  cached = { setting, font };
  log.info(`PDF font: ${font.description}`);
  return font;
}
