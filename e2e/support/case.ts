// What the case journeys share: a valid test ID number and the county's published items with
// their pinned materials, as the clerk's catalog shows them.
import type { Page } from 'playwright-core';
import { idCardCheckChar } from '../../src/domain/identifiers/index.ts';

/** A valid GB 11643 ID number of 旬邑县, different for each n. */
export function idCard(n: number): string {
  const first17 = `61042919${String(800101 + (n % 28)).padStart(6, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export interface CatalogItem {
  itemId: string;
  name: string;
  basicCode: string;
  caseType: string;
  materials: { id: string; name: string; required: boolean; waivable: boolean }[];
}

/** The center's published items, read through the signed-in page's own session. */
export function publishedItems(page: Page, centerId: string): Promise<CatalogItem[]> {
  return page.evaluate(async (center) => {
    const list = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${center}&pageSize=100`)).json()) as { items: Omit<CatalogItem, 'materials'>[] };
    return Promise.all(
      list.items.map(async (i) => {
        const g = (await (await fetch(`/api/v1/portal/items/${i.itemId}`)).json()) as { materials: CatalogItem['materials'] };
        return { itemId: i.itemId, name: i.name, basicCode: i.basicCode, caseType: i.caseType, materials: g.materials ?? [] };
      }),
    );
  }, centerId);
}

/**
 * Walks a case through its back-office steps to the last one through the signed-in page's own
 * session (claim, start the review, check every review point, pass): a decision is taken on the
 * last step only (decision 0033). The last step's task stays claimed by this page's user.
 */
export function walkToLastStep(page: Page, caseId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const call = async (method: string, url: string, body?: object) => {
      const r = await fetch(`/api/v1${url}`, { method, headers: { 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!r.ok) throw new Error(`${method} ${url} → ${r.status} ${await r.text()}`);
      return r.json();
    };
    const tasks = (await call('GET', `/cases/${id}`)) as { openTask?: { id: string } | null };
    let taskId = tasks.openTask?.id;
    for (let guard = 0; guard < 30 && taskId; guard++) {
      let view = await call('POST', `/tasks/${taskId}/claim`, {});
      if (view.caseState === 'accepted') {
        await call('POST', `/cases/${id}/actions`, { action: 'review.start', idempotencyKey: `walk-start-${id}` });
        view = await call('GET', `/tasks/${taskId}`);
      }
      if (view.stepIndex === view.plan.length - 1) return taskId;
      const checklist = view.plan[view.stepIndex].reviewRules.map((_: unknown, rule: number) => ({ rule, checked: true, note: '已核对' }));
      await call('POST', `/cases/${id}/actions`, { action: 'step.pass', step: { taskId, checklist, opinion: '符合条件' }, idempotencyKey: `walk-pass-${taskId}` });
      taskId = ((await call('GET', `/cases/${id}`)) as { openTask?: { id: string } | null }).openTask?.id;
    }
    throw new Error(`case ${id}: no open step to walk`);
  }, caseId);
}

/**
 * A 承诺件 of 县民政局 (the demo approver works its steps) taken in and accepted for the applicant
 * by the clerk's page, walked to its last step and approved with a certificate record by the
 * approver's page (the API the screens use); answers the case id.
 */
export async function approvedWithCertificate(
  clerk: Page,
  approver: Page,
  o: { centerId: string; applicant: { idNumber: string; name: string; phone: string }; certificate: { name: string; number: string; validUntil: string; issuingBody: string }; key: string },
): Promise<string> {
  const id = await clerk.evaluate(
    async ({ center, applicant, key }) => {
      const items = (await (await fetch(`/api/v1/catalog/items?state=published&centerId=${center}&pageSize=100`)).json()) as { items: { itemId: string; caseType: string; implementingBody: string }[] };
      for (const i of items.items.filter((x) => x.caseType === 'promised' && x.implementingBody.includes('民政'))) {
        const g = (await (await fetch(`/api/v1/portal/items/${i.itemId}`)).json()) as { materials: { id: string; required: boolean; originals: number; copies: number }[] };
        if (!g.materials?.some((m) => m.required)) continue;
        const post = (url: string, body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.json());
        const c = (await post('/api/v1/cases/applications', { centerId: center, applicant: { kind: 'person', idType: '111', ...applicant }, items: [{ itemId: i.itemId }], idempotencyKey: `${key}-in` })).cases[0];
        const checklist = g.materials.map((m) => ({ materialId: m.id, status: 'received', originals: m.originals ?? 1, copies: m.copies ?? 0 }));
        await post(`/api/v1/cases/${c.id}/actions`, { action: 'intake.accept', checklist, idempotencyKey: `${key}-acc` });
        return c.id as string;
      }
      throw new Error('no promised item with required materials');
    },
    { center: o.centerId, applicant: o.applicant, key: o.key },
  );
  await walkToLastStep(approver, id); // a decision is taken on the last step (decision 0033)
  await approver.evaluate(
    async ({ caseId, certificate, key }) => {
      const r = await fetch(`/api/v1/cases/${caseId}/actions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ idempotencyKey: `${key}-approve`, action: 'decide.approve', certificate }) });
      if (!r.ok) throw new Error(await r.text());
    },
    { caseId: id, certificate: o.certificate, key: o.key },
  );
  return id;
}
