// The import's error report: one entry per problem cell, in Chinese, sorted as the
// workbook reads (sheet by sheet, row by row), at most one entry per cell.
import { dataSheets } from './sheets.ts';

export interface RowError {
  sheet: string;
  /** The Excel row number (the header is row 1); 0 for the workbook as a whole. */
  row: number;
  /** The column header, or '' when the problem is the row as a whole. */
  column: string;
  message: string;
}

const sheetOrder = (name: string) => dataSheets.findIndex((s) => s.name === name);

export class ErrorSink {
  private readonly seen = new Set<string>();
  private readonly rows = new Set<string>();
  readonly list: RowError[] = [];

  add(sheet: string, row: number, column: string, message: string): void {
    const at = `${sheet}\u0000${row}\u0000${column}`;
    if (column !== '' && this.seen.has(at)) return;
    this.seen.add(at);
    this.rows.add(`${sheet}\u0000${row}`);
    this.list.push({ sheet, row, column, message });
  }

  /** Does this row already have a problem (in any column)? */
  has(sheet: string, row: number): boolean {
    return this.rows.has(`${sheet}\u0000${row}`);
  }

  get count(): number {
    return this.list.length;
  }

  sorted(): RowError[] {
    return [...this.list].sort((a, b) => sheetOrder(a.sheet) - sheetOrder(b.sheet) || a.row - b.row);
  }
}
