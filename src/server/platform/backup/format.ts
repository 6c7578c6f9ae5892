import fs from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { DbKind } from '../db/types.ts';
import { decryptStream, ENCRYPTED_HEADER_LENGTH, isEncryptedPrefix } from './crypto.ts';
import { BackupError } from './errors.ts';

// A backup is gzip'd JSON lines: one header line, then one line per row, tables one after
// the other in foreign-key order. Rows are PostgreSQL's own JSON text (row_to_json) and go
// back in through json_populate_recordset: JavaScript never parses them, so int8 beyond 2^53,
// numeric digits and microsecond timestamps come back exactly as they were.
export const BACKUP_FORMAT = 'onewindow-backup';
export const BACKUP_VERSION = 1;

export interface BackupTable {
  name: string;
  rows: number;
  /** The columns the rows carry, so restore can refuse a schema that would drop some of them. */
  columns: string[];
}
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  database: DbKind;
  /** Hashes of the migrations the source had applied, oldest first. */
  migrations: string[];
  tables: BackupTable[];
}

export function rowLine(table: string, rowJson: string): string {
  // PostgreSQL escapes newlines inside strings; a raw one can only be whitespace kept verbatim
  // in a `json` (not jsonb) column, and one line per row matters more than that whitespace.
  const body = rowJson.includes('\n') ? rowJson.replace(/\n/g, ' ') : rowJson;
  return `{"t":${JSON.stringify(table)},"r":${body}}\n`;
}

const ROW_PREFIX = /^\{"t":("(?:[^"\\]|\\.)*"),"r":/;

/** Splits a row line written by rowLine without parsing the row itself (see above). */
export function parseRowLine(line: string): { table: string; row: string } {
  const m = ROW_PREFIX.exec(line);
  if (!m || !line.endsWith('}')) throw corrupt('a row line is malformed');
  return { table: JSON.parse(m[1]!) as string, row: line.slice(m[0].length, -1) };
}

function corrupt(detail: string) {
  return new BackupError('corrupt', `备份文件已损坏或不完整（${detail}）。`, `The backup file is damaged or incomplete (${detail}).`);
}

/** The plaintext JSON-lines stream of a backup file, decrypting when it is encrypted. */
async function openPlaintext(file: string, key: string | undefined): Promise<Readable> {
  const fh = await fs.promises.open(file, 'r');
  const prefix = Buffer.alloc(ENCRYPTED_HEADER_LENGTH);
  const { bytesRead } = await fh.read(prefix, 0, prefix.length, 0).finally(() => fh.close());
  const stages: NodeJS.ReadWriteStream[] = [];
  let start = 0;
  if (isEncryptedPrefix(prefix.subarray(0, bytesRead))) {
    stages.push(await decryptStream(prefix.subarray(0, bytesRead), key));
    start = ENCRYPTED_HEADER_LENGTH;
  } else if (prefix[0] !== 0x1f || prefix[1] !== 0x8b) {
    throw new BackupError('not-a-backup', `${file} 不是 OneWindow 备份文件。`, `${file} is not a OneWindow backup file.`);
  }
  // pipeline destroys every stage with the first error, so the reader sees it.
  return pipeline([fs.createReadStream(file, { start }), ...stages, createGunzip()], () => {}) as unknown as Readable;
}

async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of input) {
      const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = lines.pop()!;
      yield* lines;
    }
  } catch (e) {
    throw e instanceof BackupError ? e : corrupt((e as Error).message);
  }
  rest += decoder.end();
  if (rest) yield rest;
}

export interface BackupReader {
  header: BackupHeader;
  /** Row lines in file order; the last error (damage, wrong tag) surfaces when it is reached. */
  rows: AsyncGenerator<{ table: string; row: string }>;
  /** Stops reading and releases the file (not needed once `rows` has been read to the end). */
  close(): Promise<void>;
}

export async function openBackup(file: string, key: string | undefined): Promise<BackupReader> {
  const lines = readLines(await openPlaintext(file, key));
  const first = await lines.next();
  let header: BackupHeader;
  try {
    header = JSON.parse(first.done ? '' : first.value) as BackupHeader;
  } catch {
    await lines.return(undefined);
    throw new BackupError('not-a-backup', `${file} 不是 OneWindow 备份文件。`, `${file} is not a OneWindow backup file.`);
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
    await lines.return(undefined);
    throw new BackupError('unsupported-version', `不支持的备份格式 ${header.format} v${header.version}。`, `Unsupported backup format ${header.format} v${header.version}.`);
  }
  async function* rows() {
    for await (const line of lines) yield parseRowLine(line);
  }
  return { header, rows: rows(), close: async () => void (await lines.return(undefined)) };
}

/** Only the header: checks the file and the key in a moment, without reading the rows. */
export async function readBackupHeader(file: string, key: string | undefined): Promise<BackupHeader> {
  const { header, close } = await openBackup(file, key);
  await close();
  return header;
}

/**
 * Reads the whole file once before anything is written: the tag and gzip checksum, tables in
 * header order, every row count as announced. A damaged file is refused up front.
 */
export async function inspectBackup(file: string, key: string | undefined): Promise<BackupHeader> {
  const { header, rows } = await openBackup(file, key);
  const counts = new Map<string, number>();
  let index = 0;
  for await (const { table } of rows) {
    while (index < header.tables.length && header.tables[index]!.name !== table) index++;
    if (index === header.tables.length) throw corrupt(`rows of ${table} out of order`);
    counts.set(table, (counts.get(table) ?? 0) + 1);
  }
  for (const t of header.tables) {
    if ((counts.get(t.name) ?? 0) !== t.rows) throw corrupt(`${t.name}: ${counts.get(t.name) ?? 0} rows, header says ${t.rows}`);
  }
  return header;
}
