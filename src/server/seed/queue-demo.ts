// Demo hall queue: ticket categories of the county center and of 土桥镇, each mapped to the
// windows that call it, and to the catalog items it covers (by department), so the kiosk and
// the display have something real to show.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/types.ts';
import { newId } from '../platform/ids.ts';
import { catalogItems, catalogVersions } from '../modules/catalog/catalog.schema.ts';
import { centers, departments, windows } from '../modules/org/org.schema.ts';
import { defaultSettings } from '../modules/queue/setup/category.queries.ts';
import { hallSettings, ticketCategories, windowCategories } from '../modules/queue/queue.schema.ts';

interface DemoCategory {
  prefix: string;
  name: string;
  description: string;
  icon: string;
  /** Window numbers of the center that call this category. */
  windows: string[];
  /** Catalog items of these departments are mapped to the category. */
  departments?: string[];
  dailyQuota?: number;
  sortOrder: number;
  /** 绿色通道: every ticket of the category is called first. */
  greenChannel?: boolean;
}

export const demoQueueCategories: Record<string, DemoCategory[]> = {
  'XY-COUNTY': [
    {
      prefix: 'V',
      name: '绿色通道',
      description: '老年人、残疾人、军人、孕妇优先办理',
      icon: 'heart',
      windows: ['1', '2', '3'],
      sortOrder: 0,
      greenChannel: true,
    },
    {
      prefix: 'A',
      name: '综合业务',
      description: '民政、卫生健康、农业农村、残联等事项，不清楚选哪类时请选这里',
      icon: 'appstore',
      windows: ['1', '2', '3'],
      departments: ['县民政局', '县卫生健康局', '县农业农村局', '县残疾人联合会'],
      sortOrder: 1,
    },
    {
      prefix: 'B',
      name: '社保医保',
      description: '养老保险、医疗保险、就业登记、社保卡',
      icon: 'safety',
      windows: ['2', '3'],
      departments: ['县人力资源和社会保障局'],
      sortOrder: 2,
    },
    {
      prefix: 'C',
      name: '不动产登记',
      description: '房屋、土地的登记和查询',
      icon: 'home',
      windows: ['3'],
      departments: ['县自然资源局'],
      dailyQuota: 120,
      sortOrder: 3,
    },
    {
      prefix: 'D',
      name: '户籍证件',
      description: '户口迁移、身份证、居住证',
      icon: 'idcard',
      windows: ['6'],
      departments: ['县公安局'],
      sortOrder: 4,
    },
    {
      prefix: 'E',
      name: '开办企业',
      description: '营业执照、个体工商户登记、企业变更',
      icon: 'shop',
      windows: ['5'],
      departments: ['县市场监督管理局'],
      sortOrder: 5,
    },
    { prefix: 'F', name: '领取证照', description: '领取办好的证件、批文和结果', icon: 'file-done', windows: ['4'], sortOrder: 6 },
  ],
  'XY-TUQIAO': [
    { prefix: 'V', name: '绿色通道', description: '老年人、残疾人、军人、孕妇优先办理', icon: 'heart', windows: ['1'], sortOrder: 0, greenChannel: true },
    {
      prefix: 'A',
      name: '综合业务',
      description: '社保、民政、农业等在镇上能办的事',
      icon: 'appstore',
      windows: ['1', '2'],
      dailyQuota: 150,
      sortOrder: 1,
    },
  ],
};

/** Items whose published guide names one of the departments as the body in charge. */
async function itemIdsOf(tx: Db, centerId: string, departmentNames: readonly string[]): Promise<string[]> {
  if (departmentNames.length === 0) return [];
  const rows = await tx
    .select({ id: catalogItems.id })
    .from(catalogItems)
    .innerJoin(catalogVersions, eq(catalogVersions.id, catalogItems.currentVersionId))
    .innerJoin(departments, eq(departments.id, catalogVersions.departmentId))
    .where(and(eq(catalogItems.centerId, centerId), inArray(departments.name, [...departmentNames])));
  return rows.map((r) => r.id);
}

export async function seedDemoQueue(tx: Db): Promise<{ categories: number }> {
  let count = 0;
  for (const [code, list] of Object.entries(demoQueueCategories)) {
    const [center] = await tx.select({ id: centers.id }).from(centers).where(eq(centers.code, code)).limit(1);
    if (!center) continue;
    // The demo halls issue tickets on rest days too, so the demo can be tried any day; a real
    // hall is closed then unless its manager turns 休息日取号 on.
    await tx
      .insert(hallSettings)
      .values({ ...defaultSettings(center.id), restDayTickets: true, screenStaffNames: true })
      .onConflictDoNothing();
    const centerWindows = await tx.select({ id: windows.id, number: windows.number }).from(windows).where(eq(windows.centerId, center.id));
    for (const c of list) {
      const id = newId();
      // Opening hours stay open (null) in the demo so the kiosk works at any hour; a real
      // hall sets e.g. "08:30-12:00,13:30-17:30" in the console.
      await tx.insert(ticketCategories).values({
        id,
        centerId: center.id,
        prefix: c.prefix,
        name: c.name,
        description: c.description,
        icon: c.icon,
        itemIds: await itemIdsOf(tx, center.id, c.departments ?? []),
        rangeStart: 1,
        rangeEnd: 999,
        dailyQuota: c.dailyQuota ?? 300,
        openingHours: null,
        sortOrder: c.sortOrder,
        greenChannel: c.greenChannel ?? false,
      });
      const mapped = centerWindows.filter((w) => c.windows.includes(w.number));
      if (mapped.length) await tx.insert(windowCategories).values(mapped.map((w) => ({ windowId: w.id, categoryId: id })));
      count++;
    }
  }
  return { categories: count };
}
