// The pages the archive writes itself (pdfmake, the platform's CJK font): the case's
// information sheet (办件信息表), its action history (办理过程记录), its audit trail (审计记录),
// a stand-in page for a scan kept only in its original format, and the contents list (卷内目录).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { metadataLabels, type ArchiveMetadata, type ContentsRow } from '../../../../domain/archive/index.ts';

type Row = (string | number)[];

function table(header: string[], rows: Row[], widths?: (string | number)[]): Content {
  return {
    table: { headerRows: 1, widths: widths ?? header.map(() => '*'), body: [header.map((h) => ({ text: h, bold: true })), ...rows.map((r) => r.map((c) => String(c)))] },
    fontSize: 8,
    margin: [0, 4, 0, 10],
  };
}

const page = (title: string, subtitle: string, body: Content[]): TDocumentDefinitions => ({
  pageSize: 'A4',
  pageMargins: [40, 48, 40, 48],
  content: [{ text: title, fontSize: 16, bold: true, alignment: 'center', margin: [0, 0, 0, 4] }, { text: subtitle, fontSize: 9, alignment: 'center', margin: [0, 0, 0, 12] }, ...body],
  defaultStyle: { fontSize: 10 },
});

const fields = (o: Record<string, unknown>): Row[] => Object.entries(o).map(([k, v]) => [metadataLabels[k] ?? k, String(v ?? '')]);

/** 办件信息表: the metadata's single-valued sections as label/value tables. */
export function infoSheet(meta: ArchiveMetadata): TDocumentDefinitions {
  return page('办件信息表', `办件编号：${meta.application.caseNumber}\u3000档号：${meta.archive.archiveCode}`, [
    { text: '申请', bold: true },
    table(['项目', '内容'], fields(meta.application), [120, '*']),
    { text: '受理', bold: true },
    table(['项目', '内容'], fields(meta.acceptance), [120, '*']),
    { text: '办结', bold: true },
    table(['项目', '内容'], fields(meta.conclusion), [120, '*']),
    { text: '办理环节', bold: true },
    meta.steps.length ? table(['环节名称', '业务动作', '处理人', '处理意见', '开始时间', '结束时间'], meta.steps.map((s) => [s.stepName, s.action, s.handler, s.opinion, s.startedAt, s.endedAt])) : { text: '无后台办理环节', fontSize: 9, margin: [0, 4, 0, 10] },
    { text: '特别程序', bold: true },
    meta.specialProcedures.length ? table(['种类', '名称', '开始时间', '结束时间', '理由', '结果'], meta.specialProcedures.map((s) => [s.kind, s.name, s.startedAt, s.endedAt, s.reason, s.result])) : { text: '无', fontSize: 9, margin: [0, 4, 0, 10] },
    { text: '材料', bold: true },
    table(['名称', '收取方式', '数量', '时间'], meta.materials.map((m) => [m.name, m.receivedAs, m.count, m.at]), ['*', 140, 40, 100]),
  ]);
}

export interface HistoryLine {
  seq: number;
  at: string;
  action: string;
  from: string;
  to: string;
  actor: string;
  note: string;
}

export function historySheet(caseNumber: string, lines: readonly HistoryLine[]): TDocumentDefinitions {
  return page('办理过程记录', `办件编号：${caseNumber}（共 ${lines.length} 条，按发生顺序）`, [
    table(['序', '时间', '操作', '办理前', '办理后', '操作人', '说明'], lines.map((l) => [l.seq, l.at, l.action, l.from, l.to, l.actor, l.note]), [18, 78, 60, 50, 50, 60, '*']),
  ]);
}

export interface AuditLine {
  seq: string;
  at: string;
  action: string;
  actor: string;
  result: string;
  detail: string;
}

export function auditSheet(caseNumber: string, lines: readonly AuditLine[]): TDocumentDefinitions {
  return page('审计记录', `办件编号：${caseNumber}（平台审计日志中与本件有关的记录，共 ${lines.length} 条）`, [
    table(['序号', '时间', '操作', '操作人', '结果', '摘要'], lines.map((l) => [l.seq, l.at, l.action, l.actor, l.result, l.detail]), [40, 78, 80, 60, 36, '*']),
  ]);
}

/** A scan kept only as it was received (TIFF, WebP, OFD, an unreadable PDF): one page that says where it is. */
export function standInSheet(caseNumber: string, what: { title: string; file: string; mime: string; sha256: string; size: number }): TDocumentDefinitions {
  return page(what.title, `办件编号：${caseNumber}`, [
    { text: '本材料以原格式归档，不转换为 PDF。', margin: [0, 20, 0, 10] },
    table(['项目', '内容'], [['原文件', what.file], ['格式', what.mime], ['大小（字节）', what.size], ['SHA-256', what.sha256]], [100, '*']),
  ]);
}

/** 卷内目录: 序号, 文号, 责任者, 题名, 日期, 页号, 备注; its own pages numbered 目录第 n 页. */
export function contentsSheet(meta: ArchiveMetadata, rows: readonly ContentsRow[]): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 56],
    content: [
      { text: '卷内目录', fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 4] },
      { text: `档号：${meta.archive.archiveCode}\u3000办件编号：${meta.application.caseNumber}\u3000保管期限：${meta.archive.retentionLabel}`, fontSize: 9, alignment: 'center', margin: [0, 0, 0, 2] },
      { text: `事项：${meta.application.itemName}\u3000申请人：${meta.application.applicantName}\u3000共 ${rows.length} 件 ${meta.archive.pages} 页`, fontSize: 9, alignment: 'center', margin: [0, 0, 0, 10] },
      table(
        ['序号', '文号', '责任者', '题名', '日期', '页号', '备注'],
        rows.map((r) => [r.seq, r.docNumber, r.responsible, r.title, r.date, r.pageLabel, '']),
        [26, 80, 70, '*', 56, 36, 30],
      ),
      { text: `归档人：${meta.archive.archivedBy}\u3000归档日期：${meta.archive.archivedAt.slice(0, 8)}`, fontSize: 9, margin: [0, 8, 0, 0] },
    ],
    footer: (current: number, count: number) => ({ text: `目录第 ${current} 页 共 ${count} 页`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    defaultStyle: { fontSize: 10 },
  };
}
