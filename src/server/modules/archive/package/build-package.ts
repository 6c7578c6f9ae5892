// One case's archive package (案卷): every notice, scan and attachment as a PDF carrying the
// volume's page numbers, the information sheet, the history and the audit trail as PDFs too,
// the contents list (卷内目录), the metadata as JSON and XML, the scans as received
// (originals/), and manifest.sha256 listing the SHA-256 of every other file. The package's
// root hash is the SHA-256 of that manifest.
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import {
  MANIFEST_FILE,
  documentPath,
  manifestText,
  metadataXml,
  numberContents,
  volumePages,
  type ArchiveMetadata,
  type ContentsDocument,
  type ManifestEntry,
} from '../../../../domain/archive/index.ts';
import { caseActionLabels, caseStateInfo, noticeKindInfo, type CaseAction, type CaseState } from '../../../../domain/case/index.ts';
import { auditActionLabels } from '../../../../domain/access/audit-labels.ts';
import { sniffType, type FileStore } from '../../../platform/files/index.ts';
import { chinaToday } from '../../calendar/index.ts';
import { noticePdfOf, type CaseFileForArchive } from '../../case/index.ts';
import { pdfFont, renderPdf } from '../../guide-pdf/index.ts';
import { buildMetadata, type ArchiveFacts } from './metadata.ts';
import { imagePdf, pageCount, stampPageNumbers } from './pdf-tools.ts';
import { auditSheet, contentsSheet, historySheet, infoSheet, standInSheet } from './record-pdfs.ts';
import { utf8, zipFiles, type ZipFiles } from './zip.ts';

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

export interface AuditRow {
  seq: number | string;
  at: Date;
  action: string;
  actorName: string | null;
  result: string;
  objectType: string | null;
  objectId: string | null;
  summary: unknown;
}

export interface PackageInput {
  file: CaseFileForArchive;
  audit: readonly AuditRow[];
  files: FileStore;
  font: { setting: string | undefined; log: Logger };
  /** Everything of the archive facts but pages and documents, which the package counts. */
  archive: Omit<ArchiveFacts, 'pages' | 'documents'>;
}

export interface BuiltPackage {
  zip: Buffer;
  manifest: ManifestEntry[];
  rootHash: string;
  pages: number;
  documents: number;
  metadata: ArchiveMetadata;
}

interface SourceDoc extends Omit<ContentsDocument, 'pages' | 'path'> {
  pdf: Buffer;
}

const day = (d: Date) => chinaToday(d);
const stateLabel = (s: string | null) => (s ? (caseStateInfo[s as CaseState]?.zh ?? s) : '');
const actionLabel = (a: string) => (a === 'create' ? '接件登记' : (caseActionLabels[a as CaseAction]?.zh ?? a));
const extOf: Record<string, string> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', webp: 'webp', tiff: 'tif', ofd: 'ofd' };

export async function buildPackage(input: PackageInput): Promise<BuiltPackage> {
  const { file, files } = input;
  const font = pdfFont(input.font.setting, input.font.log);
  const render = (def: Parameters<typeof renderPdf>[1]) => renderPdf(font, def);
  const number = file.case.number;
  const originals: ZipFiles = {};
  const docs: SourceDoc[] = [];

  // A first metadata pass (page counts unknown yet) feeds the information sheet; its tables do not show the counts.
  const draft = buildMetadata(file, { ...input.archive, pages: 0, documents: 0 });
  docs.push({ title: '办件信息表', docNumber: '', responsible: file.department.name, date: day(file.case.receivedAt), pdf: await render(infoSheet(draft)) });

  for (const n of [...file.notices].sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())) {
    docs.push({ title: n.document.title || noticeKindInfo[n.kind].title, docNumber: n.number, responsible: n.department, date: day(n.issuedAt), pdf: await noticePdfOf(n, input.font.setting, input.font.log) });
  }

  // Scans and attachments: PDFs as they are, JPEG/PNG wrapped in a page, other formats kept
  // only as received with a stand-in page; every one of them also kept as received.
  const stored = async (ref: { sha256: string; mime: string; size: number }, title: string, responsible: string, date: string) => {
    const blob = await files.get(ref.sha256);
    if (!blob) throw new Error(`归档：办件 ${number} 的文件 ${ref.sha256} 不在文件存储中`);
    const type = sniffType(blob.bytes);
    const original = `originals/${ref.sha256}.${type ? extOf[type] : 'bin'}`;
    originals[original] = blob.bytes;
    let pdf: Buffer | null = null;
    if (type === 'pdf' && (await pageCount(blob.bytes))) pdf = blob.bytes;
    else if (type === 'jpeg' || type === 'png') pdf = await imagePdf(blob.bytes, type).catch(() => null);
    pdf ??= await render(standInSheet(number, { title, file: original, mime: blob.contentType, sha256: ref.sha256, size: ref.size }));
    docs.push({ title, docNumber: '', responsible, date, pdf });
  };
  for (const m of [...file.materials].sort((a, b) => a.seq - b.seq)) {
    for (const [i, s] of m.scans.entries()) await stored(s, m.scans.length > 1 ? `${m.name}（${i + 1}）` : m.name, file.applicant.name, day(m.updatedAt));
  }
  for (const t of file.tasks) {
    for (const a of t.attachments) await stored(a, `${t.stepName}附件：${a.name}`, t.assigneeName ?? file.department.name, day(t.closedAt ?? t.openedAt));
  }

  const history = file.actions.map((a) => ({ seq: a.seq, at: a.at.toISOString(), action: a.action, actionLabel: actionLabel(a.action), from: a.fromState, to: a.toState, actor: a.actorName ?? '', actorRole: a.actorRole, note: a.note ?? '' }));
  const lastAt = file.actions.at(-1)?.at ?? file.case.receivedAt;
  docs.push({
    title: '办理过程记录',
    docNumber: '',
    responsible: file.department.name,
    date: day(lastAt),
    pdf: await render(historySheet(number, history.map((h) => ({ seq: h.seq, at: day(new Date(h.at)) + ' ' + new Date(new Date(h.at).getTime() + 8 * 3600_000).toISOString().slice(11, 16), action: h.actionLabel, from: stateLabel(h.from), to: stateLabel(h.to), actor: h.actor, note: h.note })))),
  });
  const audit = input.audit.map((r) => ({ seq: String(r.seq), at: r.at.toISOString(), action: r.action, actionLabel: auditActionLabels[r.action]?.zh ?? r.action, actor: r.actorName ?? '', result: r.result, objectType: r.objectType, objectId: r.objectId, summary: r.summary }));
  docs.push({
    title: '审计记录',
    docNumber: '',
    responsible: '政务服务平台',
    date: day(input.archive.archivedAt),
    pdf: await render(auditSheet(number, audit.map((r) => ({ seq: r.seq, at: r.at.slice(0, 19).replace('T', ' '), action: r.actionLabel, actor: r.actor, result: r.result, detail: JSON.stringify(r.summary ?? '').slice(0, 160) })))),
  });

  // Number the volume, stamp every page, then the contents list and the final metadata.
  const counted = await Promise.all(docs.map(async (d) => ({ ...d, pages: (await pageCount(d.pdf)) ?? 1 })));
  const rows = numberContents(counted.map((d, i) => ({ title: d.title, docNumber: d.docNumber, responsible: d.responsible, date: d.date, pages: d.pages, path: documentPath(i + 1) })));
  const out: ZipFiles = {};
  for (const [i, r] of rows.entries()) out[r.path] = await stampPageNumbers(counted[i]!.pdf, r.firstPage);
  const metadata = buildMetadata(file, { ...input.archive, pages: volumePages(rows), documents: rows.length });
  out['contents.pdf'] = await render(contentsSheet(metadata, rows));
  out['contents.json'] = utf8(JSON.stringify(rows.map(({ seq, docNumber, responsible, title, date, pageLabel, firstPage, lastPage, path }) => ({ seq, docNumber, responsible, title, date, pageLabel, firstPage, lastPage, path })), null, 2));
  out['metadata.json'] = utf8(JSON.stringify(metadata, null, 2));
  out['metadata.xml'] = utf8(metadataXml(metadata));
  out['history.json'] = utf8(JSON.stringify(history, null, 2));
  out['audit.json'] = utf8(JSON.stringify(audit, null, 2));
  Object.assign(out, originals);

  const manifest = Object.entries(out).map(([path, bytes]) => ({ path, sha256: sha256(bytes), size: bytes.length }));
  const text = manifestText(manifest);
  out[MANIFEST_FILE] = utf8(text);
  return {
    zip: zipFiles(out, input.archive.archivedAt),
    manifest: [...manifest].sort((a, b) => (a.path < b.path ? -1 : 1)),
    rootHash: sha256(utf8(text)),
    pages: volumePages(rows),
    documents: rows.length,
    metadata,
  };
}
