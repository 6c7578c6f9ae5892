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
