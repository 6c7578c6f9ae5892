import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseTransitions } from '../case/states.ts';
import {
  archivableStates,
  archiveCode,
  compareListings,
  documentPath,
  manifestText,
  metadataXml,
  monthEnd,
  monthIsOver,
  numberContents,
  parseManifest,
  previousMonth,
  volumePages,
  type ArchiveMetadata,
} from './index.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const entry = (path: string, content = path) => ({ path, sha256: sha(content), size: content.length });

describe('the package manifest', () => {
  it('lists files sorted by path in sha256sum format; the same files in any order give the same text', () => {
    const files = [entry('metadata.json'), entry('documents/002.pdf'), entry('documents/001.pdf')];
    expect(manifestText(files)).toBe(`${sha('documents/001.pdf')}  documents/001.pdf\n${sha('documents/002.pdf')}  documents/002.pdf\n${sha('metadata.json')}  metadata.json\n`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9/._-]{1,20}$/).filter((p) => !p.startsWith('/')), { minLength: 1, maxLength: 12 }), fc.integer(), (paths, seed) => {
        const list = paths.map((p) => entry(p));
        const shuffled = [...list].sort(() => (seed % 2 ? 1 : -1));
        expect(manifestText(shuffled)).toBe(manifestText(list));
        expect(parseManifest(manifestText(list)).entries).toHaveLength(list.length);
      }),
    );
  });

  it('refuses a path listed twice, an absolute path and a malformed hash', () => {
    expect(() => manifestText([entry('a'), entry('a')])).toThrow(/twice/);
    expect(() => manifestText([entry('/etc/passwd')])).toThrow(/bad path/);
    expect(() => manifestText([{ path: 'a', sha256: 'xyz', size: 1 }])).toThrow(/SHA-256/);
  });

  it('any change to one file changes the root hash and is named by the comparison (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}\.pdf$/), { minLength: 1, maxLength: 10 }), fc.nat(), fc.string({ minLength: 1 }), (paths, pick, extra) => {
        const files = paths.map((p) => entry(p));
        const i = pick % files.length;
        const changed = files.map((f, k) => (k === i ? entry(f.path, f.path + extra) : f));
        expect(sha(manifestText(changed))).not.toBe(sha(manifestText(files)));
        expect(compareListings(files, changed)).toEqual([{ path: files[i]!.path, problem: 'altered' }]);
      }),
    );
  });

  it('names missing and unexpected files, and nothing when the listings agree', () => {
    const recorded = [entry('a.pdf'), entry('b.pdf')];
    expect(compareListings(recorded, recorded)).toEqual([]);
    expect(compareListings(recorded, [entry('a.pdf'), entry('c.pdf')])).toEqual([
      { path: 'b.pdf', problem: 'missing' },
      { path: 'c.pdf', problem: 'unexpected' },
    ]);
    expect(parseManifest('zz  a.pdf\n').malformed).toEqual([1]);
  });
});

describe('the contents list (卷内目录)', () => {
  const doc = (pages: number, title = 't') => ({ title, docNumber: '', responsible: '', date: '2026-11-02', pages, path: '' });

  it('numbers the documents and runs the page numbers through the volume', () => {
    const rows = numberContents([doc(2, '办件信息表'), doc(1, '受理通知书'), doc(3, '申请书')]);
    expect(rows.map((r) => [r.seq, r.firstPage, r.lastPage, r.pageLabel])).toEqual([
      [1, 1, 2, '1-2'],
      [2, 3, 3, '3'],
      [3, 4, 6, '4-6'],
    ]);
    expect(volumePages(rows)).toBe(6);
    expect(volumePages([])).toBe(0);
    expect(() => numberContents([doc(0)])).toThrow(/页数/);
    expect(documentPath(7)).toBe('documents/007.pdf');
  });

  it('page ranges are contiguous, disjoint, start at 1 and add up to the volume (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 60 }), (pages) => {
        const rows = numberContents(pages.map((n) => doc(n)));
        let next = 1;
        for (const [i, r] of rows.entries()) {
          expect(r.seq).toBe(i + 1);
          expect(r.firstPage).toBe(next);
          expect(r.lastPage - r.firstPage + 1).toBe(pages[i]);
          expect(r.pageLabel).toBe(r.firstPage === r.lastPage ? `${r.firstPage}` : `${r.firstPage}-${r.lastPage}`);
          next = r.lastPage + 1;
        }
        expect(volumePages(rows)).toBe(pages.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('the monthly batch', () => {
  it('archives the month before, once it is over', () => {
    expect(previousMonth('2026-12-06')).toBe('2026-11');
    expect(previousMonth('2027-01-01')).toBe('2026-12');
    expect(monthEnd('2026-12')).toBe('2027-01-01');
    expect(monthEnd('2026-02')).toBe('2026-03-01');
    expect(monthIsOver('2026-11', '2026-12-01')).toBe(true);
    expect(monthIsOver('2026-12', '2026-12-31')).toBe(false);
  });

  it('gives the 档号 of DA/T 22 with the retention code', () => {
    expect(archiveCode('XY-COUNTY', '2026-11', '30y', 7)).toBe('XY-COUNTY-202611-D30-0007');
    expect(archiveCode('XY-COUNTY', '2026-11', 'permanent', 12)).toBe('XY-COUNTY-202611-Y-0012');
  });

  it('archives from exactly the states the states table archives from', () => {
    const fromTable = caseTransitions.filter((t) => t.action === 'archive').map((t) => t.from);
    expect([...fromTable].sort()).toEqual([...archivableStates].sort());
    expect(caseTransitions.find((t) => t.action === 'archive')!.by).toEqual(expect.arrayContaining(['system', 'archivist']));
  });
});

describe('metadata as XML', () => {
  it('labels every element in Chinese and escapes text', () => {
    const meta = {
      format: 'onewindow-archive/1',
      archive: { archiveCode: 'X-1', fonds: 'X', year: '2026', retentionPeriod: 'D30', retentionLabel: '30年', batchMonth: '2026-11', archivedAt: '20261201T021500', archivedBy: '系统', pages: 3, documents: 2 },
      application: { caseNumber: 'N<1>&', implementationCode: '', itemName: '事项', applicantName: '张三', applicantIdType: '111', applicantIdNumber: '1', contactName: '', contactIdNumber: '', contactMobile: '', legalRepresentative: '', source: '', appliedAt: '', regionCode: '' },
      acceptance: { acceptingUnit: '', acceptingUnitUscc: '', acceptedBy: '', acceptedAt: '', acceptanceDocNumber: '', promisedBy: '', caseKind: '1' },
      steps: [],
      specialProcedures: [{ kind: '2', name: '专家评审', startedAt: '', endedAt: '', reason: '', applicant: '', result: '', opinion: '' }],
      conclusion: { endState: '已办结', concludedAt: '', resultName: '', resultNumber: '', validUntil: '', issuingBody: '', express: '否', charged: '否' },
      materials: [],
      payments: [],
      logistics: [],
    } satisfies ArchiveMetadata;
    const xml = metadataXml(meta);
    expect(xml).toContain('<caseNumber label="办件编号">N&lt;1&gt;&amp;</caseNumber>');
    expect(xml).toContain('<steps label="办理"/>');
    expect(xml).toContain('<specialProcedure label="特别程序">');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<archivePackage format="onewindow-archive\/1"/);
  });
});
