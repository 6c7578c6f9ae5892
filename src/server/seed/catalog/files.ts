// Demo 空白表格 and 填写样本: a real small PDF for every file name the demo materials give, so
// the guide's download links lead somewhere. Rendered with the server's PDF stack (pdfmake and
// the bundled CJK font), one render per distinct file, before they are stored like uploads.
import { createHash } from 'node:crypto';
import { and, eq, ne, or } from 'drizzle-orm';
import type { MaterialFileKind } from '../../../domain/catalog/index.ts';
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { catalogItems, catalogMaterials, catalogVersions } from '../../modules/catalog/catalog.schema.ts';
import { catalogFiles } from '../../modules/catalog/files.schema.ts';
import { pdfFont, renderPdf } from '../../modules/guide-pdf/index.ts';

const silent = { info: () => undefined } as unknown as Parameters<typeof pdfFont>[1];

/** The fields of a demo form, with what the sample writes in each. */
const fields: [label: string, sample: string][] = [
  ['申请人姓名', '张明'],
  ['居民身份证号码', '6104291990********'],
  ['联系电话', '139****5678'],
  ['住址', '旬邑县城关街道东大街 12 号'],
  ['申请事项及理由', '（按实际情况填写，如：申请办理本事项，情况属实）'],
  ['申请人签字（按手印）', '张明'],
  ['日期', '2026 年 6 月 1 日'],
];

function formPdf(kind: MaterialFileKind, fileName: string, materialName: string): Promise<Buffer> {
  const title = fileName.replace(/\.pdf$/i, '').replace(/（填写样本）$/, '');
  const sample = kind === 'sample';
  return renderPdf(pdfFont(undefined, silent), {
    info: { title: fileName, creator: 'OneWindow 一窗通办（演示数据）' },
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    content: [
      { text: title, fontSize: 18, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
      {
        text: sample ? '填写样本（仅供参考）' : '空白表格',
        alignment: 'center',
        color: sample ? '#a40e26' : '#595959',
        margin: [0, 0, 0, 16],
      },
      {
        table: {
          widths: [130, '*'],
          heights: (row: number) => (row === 4 ? 90 : 30),
          body: fields.map(([label, value]) => [{ text: label, bold: true }, sample ? { text: value, color: '#1d39c4' } : '']),
        },
      },
      { text: `申请材料：${materialName}。用黑色签字笔或打印填写，不得涂改。`, fontSize: 10, margin: [0, 16, 0, 0] },
      { text: '旬邑县政务服务中心 · 演示数据', fontSize: 9, color: '#8c8c8c', margin: [0, 4, 0, 0] },
    ],
  });
}

/** Attaches a rendered PDF to every demo material that names a blank form or a sample. */
export async function seedDemoMaterialFiles(tx: Db): Promise<{ files: number }> {
  const materials = await tx
    .select({
      id: catalogMaterials.id,
      name: catalogMaterials.name,
      versionId: catalogMaterials.versionId,
      centerId: catalogItems.centerId,
      blank: catalogMaterials.blankFormFile,
      sample: catalogMaterials.sampleFile,
    })
    .from(catalogMaterials)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogMaterials.versionId))
    .innerJoin(catalogItems, eq(catalogItems.id, catalogVersions.itemId))
    .where(and(eq(catalogVersions.state, 'published'), or(ne(catalogMaterials.blankFormFile, ''), ne(catalogMaterials.sampleFile, ''))));
  const rendered = new Map<string, Buffer>();
  const rows: (typeof catalogFiles.$inferInsert)[] = [];
  for (const m of materials) {
    for (const [kind, fileName] of [
      ['blank', m.blank],
      ['sample', m.sample],
    ] as const) {
      if (!fileName) continue;
      const key = `${kind}|${fileName}`;
      if (!rendered.has(key)) rendered.set(key, await formPdf(kind, fileName.endsWith('.pdf') ? fileName : `${fileName}.pdf`, m.name));
      const bytes = rendered.get(key)!;
      rows.push({
        id: newId(),
        centerId: m.centerId,
        versionId: m.versionId,
        materialId: m.id,
        kind,
        fileName: fileName.endsWith('.pdf') ? fileName : `${fileName}.pdf`,
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        uploadedBy: null,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 20) await tx.insert(catalogFiles).values(rows.slice(i, i + 20));
  return { files: rows.length };
}
