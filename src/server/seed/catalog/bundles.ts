// Demo 一件事 bundles (decision 0048) of the county center, from the seeded items by seed key.
import type { Db } from '../../platform/db/types.ts';
import { newId } from '../../platform/ids.ts';
import { catalogBundleItems, catalogBundles } from '../../modules/catalog/bundles.schema.ts';

export interface SeedBundle {
  name: string;
  description: string;
  items: string[];
}

export const demoBundles: readonly SeedBundle[] = [
  {
    name: '开办餐饮店一件事',
    description: '开小饭馆、小吃店：个体工商户设立登记和食品经营许可一表申请、一次提交，经营者、联系电话和经营场所只填一次，营业执照和许可证同步办结。',
    items: ['sole-trader-setup', 'food-licence'],
  },
  {
    name: '新生儿出生一件事',
    description: '宝宝出生后，出生登记（上户口）、城乡居民医保参保和社会保障卡申领一次申请，父母身份证、户口簿等材料只交一次。',
    items: ['birth-hukou', 'medical-enrol', 'ss-card'],
  },
];

export async function seedDemoBundles(tx: Db, centerId: string, itemIdOf: (key: string) => string) {
  for (const b of demoBundles) {
    const id = newId();
    await tx.insert(catalogBundles).values({ id, centerId, name: b.name, description: b.description, published: true });
    await tx.insert(catalogBundleItems).values(b.items.map((key, i) => ({ bundleId: id, itemId: itemIdOf(key), seq: i + 1 })));
  }
  return { bundles: demoBundles.length };
}
