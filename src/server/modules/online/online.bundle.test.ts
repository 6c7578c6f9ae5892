import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import type { TestPlatform } from '../../../../test/api/helpers.ts';
import { bundleFormParts, mergeBundleForms, splitBundleValues } from '../../../domain/catalog/index.ts';
import { call, completeDraft, filledForm, verifiedCitizen } from './online.fixture.ts';

// 一件事 applied for online with one form (issue #19, decisions 0043/0048): the application is for
// exactly the bundle's items; the one form's values are kept per item (a shared field in every
// item that asks for it); each item is checked against its own form at submission.
describe('online application of a 一件事 bundle', () => {
  let p: TestPlatform;
  let clerk: string;
  let bundle: { id: string; items: { itemId: string; name: string }[] };
  const A = '/portal/online/applications';

  beforeAll(async () => {
    p = await startTestPlatform();
    clerk = await signIn(p, 'clerk');
    const list = await call(p, '', 'GET', '/portal/bundles');
    bundle = list.body.items.find((b: { name: string }) => b.name === '开办餐饮店一件事');
  });
  afterAll(async () => p?.close());

  it('is for exactly the bundle’s published items, kept in the bundle’s order with the bundle named', async () => {
    const cookie = await verifiedCitizen(p, 451);
    const [first, second] = bundle.items.map((i) => i.itemId) as [string, string];
    const one = await call(p, cookie, 'POST', A, { itemIds: [first], bundleId: bundle.id });
    expect([one.status, one.body.code]).toEqual([422, 'ONLINE_BUNDLE_MISMATCH']);
    const unknown = await call(p, cookie, 'POST', A, { itemIds: [first, second], bundleId: 'no-such-bundle' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'NOT_FOUND']);
    const made = await call(p, cookie, 'POST', A, { itemIds: [second, first], bundleId: bundle.id });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    expect(made.body.bundleId).toBe(bundle.id);
    expect(made.body.items.map((i: { itemId: string }) => i.itemId)).toEqual([first, second]);
  });

  it('stores the one form’s values per item and checks each item against its own form', async () => {
    const cookie = await verifiedCitizen(p, 452);
    const made = await call(p, cookie, 'POST', A, { itemIds: bundle.items.map((i) => i.itemId), bundleId: bundle.id });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const id = made.body.id as string;
    // Fill and upload everything the way the fixture does, then replace the forms with the bundle's one form.
    const d = await completeDraft(p, cookie, id);
    const items = d.itemsDetail.map((i) => ({ itemId: i.itemId, formSchema: i.formSchema }));
    const form = mergeBundleForms(items);
    expect(form.conflicts).toEqual([]);
    const itemIds = items.map((i) => i.itemId);
    const parts = bundleFormParts(form.fields, itemIds);
    expect(parts.shared.map((f) => f.key).sort()).toEqual(['address', 'idNumber', 'operator', 'phone']);
    const all = filledForm(form.schema);
    const shared = { operator: '王秀兰', idNumber: '610429197003030027', phone: '13712345678', address: '旬邑县城关街道东大街 8 号' };
    // The 食品经营许可's own required fields are left out first: only that item is incomplete.
    const licenceOwn = parts.own[1]!.fields.map((f) => f.key);
    const values = Object.fromEntries(Object.entries({ ...all, ...shared }).filter(([k]) => !licenceOwn.includes(k)));
    const split = splitBundleValues(form.fields, itemIds, values);
    const save = (version: number, v: Map<string, Record<string, unknown>>) =>
      call(p, cookie, 'PUT', `${A}/${id}`, { version, items: itemIds.map((itemId) => ({ itemId, formData: v.get(itemId) })), sharedFields: {} });
    const saved = await save(d.version, split);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const [trader, licence] = saved.body.itemsDetail as { itemId: string; formData: Record<string, unknown> }[];
    expect(trader!.formData).toMatchObject(shared);
    expect(licence!.formData).toMatchObject(shared);
    expect(licence!.formData).not.toHaveProperty('tradeName'); // the 营业执照's own field stays with it
    expect(trader!.formData).toHaveProperty('tradeName');

    const refused = await call(p, cookie, 'POST', `${A}/${id}/submit`, { version: saved.body.version });
    expect([refused.status, refused.body.code]).toEqual([422, 'ONLINE_INCOMPLETE']);
    const fields = refused.body.details.problems.filter((x: { kind: string }) => x.kind === 'field');
    expect(fields.length).toBeGreaterThan(0);
    expect(fields.every((x: { itemId: string; field: string }) => x.itemId === licence!.itemId && licenceOwn.includes(x.field))).toBe(true);

    const full = await save(saved.body.version, splitBundleValues(form.fields, itemIds, { ...all, ...shared }));
    expect(full.status, JSON.stringify(full.body)).toBe(200);
    const sent = await call(p, cookie, 'POST', `${A}/${id}/submit`, { version: full.body.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);

    // The window's pre-review reads each item's own values, the shared ones in both.
    const review = await call(p, clerk, 'GET', `/online/reviews/${id}`);
    expect(review.status).toBe(200);
    expect(review.body.bundleId).toBe(bundle.id);
    for (const it of review.body.itemsDetail as { formData: Record<string, unknown> }[]) expect(it.formData).toMatchObject({ phone: shared.phone, operator: shared.operator });
  });
});
