// Test helpers of the online hall: a verified citizen, a draft filled from the item's form, its
// required materials uploaded, and a submitted application waiting for the window's pre-review.
// Used by this module's tests and by the browser journeys' setup.
import type { OnlineApplicationDetail } from '../../../contract/online.ts';
import type { Json } from '../../../contract/common.ts';
import { signInCitizen, type TestPlatform } from '../../../../test/api/helpers.ts';
import { testIdCard } from '../case/case.fixture.ts';

type Detail = Json<typeof OnlineApplicationDetail>;

export const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
]);
export const pdfBytes = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

/** One HTTP call with a cookie; answers status and JSON body. */
export async function call(
  p: TestPlatform,
  cookie: string,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await p.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { cookie, ...headers },
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });
  let body: unknown = res.body;
  try {
    body = res.json();
  } catch {
    /* bytes */
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the route answered
  return { status: res.statusCode, body: body as any, raw: res };
}

/** A signed-in citizen bound to test person n. */
export const citizenMobile = (n: number) => `136${String(10_000_000 + n).slice(-8)}`;
const citizenIp = (n: number) => `10.9.${Math.floor(n / 250)}.${(n % 250) + 1}`;

/** Another session of test person n's account (a second device). */
export const secondDevice = (p: TestPlatform, n: number) => signInCitizen(p, citizenMobile(n), citizenIp(n));

export async function verifiedCitizen(p: TestPlatform, n: number): Promise<string> {
  const cookie = await signInCitizen(p, citizenMobile(n), citizenIp(n));
  const bound = await call(p, cookie, 'POST', '/portal/me/real-name', { name: `李四${n}`, idNumber: testIdCard(n) });
  if (bound.status !== 200) throw new Error(`real name ${n}: ${bound.status} ${JSON.stringify(bound.body)}`);
  return cookie;
}

/** A value for every required field of a JSON-Schema form. */
export function filledForm(schema: Record<string, unknown> | null): Record<string, unknown> {
  if (!schema || !Array.isArray(schema.required)) return {};
  const props = (schema.properties ?? {}) as Record<
    string,
    { type?: string | string[]; enum?: unknown[]; format?: string; items?: { enum?: unknown[] } }
  >;
  const out: Record<string, unknown> = {};
  for (const name of schema.required as string[]) {
    const s = props[name] ?? {};
    const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
    if (s.enum?.length) out[name] = s.enum[0];
    else if (type === 'number' || type === 'integer') out[name] = 1;
    else if (type === 'boolean') out[name] = true;
    else if (type === 'array') out[name] = [s.items?.enum?.[0] ?? '测试'];
    else out[name] = s.format === 'date' ? '2026-12-01' : '测试填写';
  }
  return out;
}

/** Fill every item's form, upload one file per required material, and answer the detail. */
export async function completeDraft(p: TestPlatform, cookie: string, id: string): Promise<Detail> {
  let d = (await call(p, cookie, 'GET', `/portal/online/applications/${id}`)).body as Detail;
  const items = d.itemsDetail.map((it) => ({
    itemId: it.itemId,
    situationAnswers: it.situationAnswers,
    formData: filledForm(it.formSchema),
  }));
  const saved = await call(p, cookie, 'PUT', `/portal/online/applications/${id}`, { version: d.version, items, sharedFields: {} });
  if (saved.status !== 200) throw new Error(`save: ${saved.status} ${JSON.stringify(saved.body)}`);
  d = saved.body as Detail;
  for (const it of d.itemsDetail) {
    for (const m of it.materials.filter((x) => x.required && x.status === 'missing')) {
      const up = await call(
        p,
        cookie,
        'POST',
        `/portal/online/applications/${id}/files?itemId=${it.itemId}&materialId=${m.materialId}&name=${encodeURIComponent(`${m.name}.pdf`)}`,
        pdfBytes(`${id} ${m.materialId}`),
        { 'content-type': 'application/pdf' },
      );
      if (up.status !== 200) throw new Error(`upload: ${up.status} ${JSON.stringify(up.body)}`);
    }
  }
  return (await call(p, cookie, 'GET', `/portal/online/applications/${id}`)).body as Detail;
}

/** A submitted online application of test person n for the items (a verified citizen; the cookie and the detail). */
export async function submittedOnlineApplication(p: TestPlatform, n: number, itemIds: string[], opts: { centerId?: string } = {}) {
  const cookie = await verifiedCitizen(p, n);
  const made = await call(p, cookie, 'POST', '/portal/online/applications', {
    itemIds,
    ...(opts.centerId ? { centerId: opts.centerId } : {}),
  });
  if (made.status !== 200) throw new Error(`create: ${made.status} ${JSON.stringify(made.body)}`);
  const d = await completeDraft(p, cookie, (made.body as Detail).id);
  const sent = await call(p, cookie, 'POST', `/portal/online/applications/${d.id}/submit`, { version: d.version });
  if (sent.status !== 200) throw new Error(`submit: ${sent.status} ${JSON.stringify(sent.body)}`);
  return { cookie, application: sent.body as Detail };
}
