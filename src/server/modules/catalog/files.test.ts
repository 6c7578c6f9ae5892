import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';

type Platform = Awaited<ReturnType<typeof startTestPlatform>>;
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n'), Buffer.alloc(64, 0x20), Buffer.from('%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(128, 0x90)]);

describe('material files and catalog settings', () => {
  let p: Platform;
  let manager: string;
  let itemId: string;
  let draftId: string;
  let materialId: string;
  let materialIndex: number;
  // The demo's own forms carry files too (空白表格, 填写样本): these tests look at one material without any.
  const mine = (files: { materialId: string; id: string }[], id = materialId) => files.filter((f) => f.materialId === id);
  const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, cookie = manager) =>
    p.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const upload = (name: string, body: Buffer, type = 'application/octet-stream') =>
    p.app.inject({
      method: 'POST',
      url: `/api/v1/catalog/versions/${draftId}/materials/${materialId}/files?kind=sample&name=${encodeURIComponent(name)}`,
      headers: { cookie: manager, 'content-type': type },
      payload: body,
    });

  beforeAll(async () => {
    p = await startTestPlatform();
    manager = await signIn(p, 'manager');
    const list = (await api('GET', `/catalog/items?q=${encodeURIComponent('生育登记')}`)).json();
    itemId = list.items.find((i: { name: string }) => i.name === '生育登记').itemId;
    const draft = (await api('POST', `/catalog/items/${itemId}/drafts`)).json();
    draftId = draft.version.id;
    materialIndex = draft.materials.findIndex((m: { blankFormFile: string; sampleFile: string }) => !m.blankFormFile && !m.sampleFile);
    materialId = draft.materials[materialIndex].id;
  });
  afterAll(async () => p?.close());

  it('uploads a PDF sample to a draft and refuses an .exe renamed to .pdf', async () => {
    const ok = await upload('../生育登记 样表.pdf', PDF);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ fileName: '生育登记 样表.pdf', contentType: 'application/pdf', size: PDF.length, kind: 'sample' });
    const bad = await upload('样表.pdf', EXE, 'application/pdf');
    expect(bad.statusCode).toBe(415);
    expect(bad.json()).toMatchObject({ code: 'CATALOG_FILE_TYPE' });
    expect(bad.json().message).toMatch(/PDF/);
    expect((await upload('空.pdf', Buffer.alloc(0))).statusCode).toBe(400);
    expect((await upload('大.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]))).statusCode).toBe(413);
    const version = (await api('GET', `/catalog/versions/${draftId}`)).json();
    expect(mine(version.files)).toHaveLength(1);
    const staff = await api('GET', `/catalog/files/${ok.json().id}`);
    expect(staff.statusCode).toBe(200);
    expect(staff.rawPayload.equals(PDF)).toBe(true);
  });

  it('lets the portal download a file only once its version is published, and copies it into the next draft', async () => {
    const fileId = mine((await api('GET', `/catalog/versions/${draftId}`)).json().files)[0]!.id;
    expect((await p.app.inject({ url: `/api/v1/portal/files/${fileId}` })).statusCode).toBe(404);
    const published = await api('POST', `/catalog/versions/${draftId}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    const res = await p.app.inject({ url: `/api/v1/portal/files/${fileId}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('生育登记 样表.pdf')}`);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(mine((await p.app.inject({ url: `/api/v1/portal/items/${itemId}` })).json().files).map((f) => f.id)).toEqual([fileId]);

    const next = (await api('POST', `/catalog/items/${itemId}/drafts`)).json();
    const copied = mine((await api('GET', `/catalog/versions/${next.version.id}`)).json().files, next.materials[materialIndex].id);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({ fileName: '生育登记 样表.pdf', materialId: next.materials[materialIndex].id });
    expect(copied[0]!.id).not.toBe(fileId);
    expect((await api('DELETE', `/catalog/files/${fileId}`)).statusCode).toBe(409); // published: read-only
    expect((await api('DELETE', `/catalog/files/${copied[0]!.id}`)).statusCode).toBe(204);
    draftId = next.version.id;
  });

  it('gives the demo forms real PDFs (空白表格 and 填写样本) that the portal serves', async () => {
    const guide = (await p.app.inject({ url: `/api/v1/portal/items/${itemId}` })).json();
    const form = guide.materials.find((m: { blankFormFile: string }) => m.blankFormFile === '生育登记表.pdf');
    const files = guide.files.filter((f: { materialId: string }) => f.materialId === form.id);
    expect(files.map((f: { kind: string; fileName: string }) => [f.kind, f.fileName]).sort()).toEqual([
      ['blank', '生育登记表.pdf'],
      ['sample', '生育登记表（填写样本）.pdf'],
    ]);
    for (const f of files) {
      const res = await p.app.inject({ url: `/api/v1/portal/files/${f.id}` });
      expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/pdf']);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeGreaterThan(2000); // a rendered page with its Chinese glyphs, not an empty shell
    }
  });

  it('reads the promised-limit threshold from the center (a township inherits the county)', async () => {
    await api('PATCH', `/catalog/versions/${draftId}`, { legalLimit: { amount: 20, unit: 'workday', note: '' }, promisedLimit: { amount: 16, unit: 'workday', note: '' } });
    const codes = async () => (await api('GET', `/catalog/versions/${draftId}/check`)).json().problems.map((x: { code: string }) => x.code);
    expect(await codes()).toContain('PROMISED_NOT_SHORTENED');

    const centers = (await api('GET', '/centers?pageSize=50')).json().items as { id: string; code: string }[];
    const county = centers.find((c) => c.code === 'XY-COUNTY')!.id;
    const town = centers.find((c) => c.code === 'XY-TUQIAO')!.id;
    const set = await api('PUT', `/catalog/settings/${county}`, { promisedReductionPct: 20 });
    expect(set.json()).toMatchObject({ promisedReductionPct: 20, own: true });
    expect(await codes()).not.toContain('PROMISED_NOT_SHORTENED');
    expect((await api('GET', `/catalog/settings?centerId=${town}`)).json()).toMatchObject({ promisedReductionPct: 20, own: false, inheritedFrom: { centerId: county } });
    expect((await api('PUT', `/catalog/settings/${county}`, { promisedReductionPct: 95 })).statusCode).toBe(400);
    const clerk = await signIn(p, 'clerk');
    expect((await api('PUT', `/catalog/settings/${county}`, { promisedReductionPct: 10 }, clerk)).statusCode).toBe(403);
    expect((await api('PUT', `/catalog/settings/${county}`, { promisedReductionPct: null })).json()).toMatchObject({ promisedReductionPct: 30, own: false });
    expect(await codes()).toContain('PROMISED_NOT_SHORTENED');
  });
});
