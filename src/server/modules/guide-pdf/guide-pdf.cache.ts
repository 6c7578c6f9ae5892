// Rendering a guide takes seconds of CPU (the CJK font is parsed and subset each time), and a
// popular guide is downloaded again and again: keep recent PDFs per published version.
const TTL_MS = 10 * 60_000;
const MAX_ENTRIES = 50;

const entries = new Map<string, { at: number; pdf: Promise<Buffer> }>();

/** The cached PDF for `key` (a version id and the address it links to), or a new render. */
export function cachedPdf(key: string, render: () => Promise<Buffer>, now = Date.now()): Promise<Buffer> {
  const hit = entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.pdf;
  const pdf = render();
  entries.delete(key);
  entries.set(key, { at: now, pdf });
  // A failed render is not kept.
  pdf.catch(() => entries.get(key)?.pdf === pdf && entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return pdf;
}
