// 卷内目录: the documents of a case file in order, each with its 序号 and the volume's page
// numbers it occupies (页号 run from 1 through the whole volume, DA/T 22 / the seed rules'
// "规范页码、编号"). Pure arithmetic, property-tested.

export interface ContentsDocument {
  /** 题名 */
  title: string;
  /** 文号: the notice's number, or '' */
  docNumber: string;
  /** 责任者: who made or issued it */
  responsible: string;
  /** 日期, YYYY-MM-DD */
  date: string;
  /** Pages of this document; at least 1. */
  pages: number;
  /** The file inside the package. */
  path: string;
}

export interface ContentsRow extends ContentsDocument {
  /** 序号, from 1 */
  seq: number;
  firstPage: number;
  lastPage: number;
  /** 页号 as printed: "5" for one page, "6-9" for several. */
  pageLabel: string;
}

/** Number the documents in the given order: each starts on the page after the last one ended. */
export function numberContents(docs: readonly ContentsDocument[]): ContentsRow[] {
  let next = 1;
  return docs.map((d, i) => {
    if (!Number.isInteger(d.pages) || d.pages < 1) throw new Error(`卷内文件“${d.title}”的页数须为正整数`);
    const firstPage = next;
    const lastPage = next + d.pages - 1;
    next = lastPage + 1;
    return { ...d, seq: i + 1, firstPage, lastPage, pageLabel: firstPage === lastPage ? String(firstPage) : `${firstPage}-${lastPage}` };
  });
}

/** Pages of the whole volume (the contents list itself not counted, as DA/T 22 numbers it apart). */
export const volumePages = (rows: readonly ContentsRow[]): number => rows.at(-1)?.lastPage ?? 0;

/** A document's file inside the package: its 序号 in three digits (ASCII names read everywhere). */
export function documentPath(seq: number): string {
  return `documents/${String(seq).padStart(3, '0')}.pdf`;
}
