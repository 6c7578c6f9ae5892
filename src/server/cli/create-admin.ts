import { createInterface } from 'node:readline/promises';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { adminRoles, isStrongPassword, type Role } from '../../domain/access/index.ts';
import { regionLevelOf, validateRegionCode } from '../../domain/identifiers/index.ts';
import type { Config } from '../platform/config.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { newId } from '../platform/ids.ts';
import { insertStaffAccount } from '../modules/org/index.ts';
import { centers, regions } from '../modules/org/org.schema.ts';
import { withDatabase } from './with-database.ts';

interface Options {
  username: string;
  name: string;
  role: string;
  centerCode?: string;
  centerName: string;
  regionCode?: string;
}

async function readPassword(config: Config): Promise<string> {
  if (config.ONEWINDOW_ADMIN_PASSWORD) return config.ONEWINDOW_ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('初始密码 initial password (≥10 chars, 3 classes): ');
  } finally {
    rl.close();
  }
}

// The way into an empty production database: one county center and one administrator, who
// must change the password and enrol TOTP at the first sign-in.
export async function createAdminCommand(config: Config, o: Options) {
  if (!adminRoles.includes(o.role as Role)) throw new Error(`--role must be one of ${adminRoles.join(', ')}`);
  const password = await readPassword(config);
  if (!isStrongPassword(password)) throw new Error('密码强度不足 (≥10 characters from three of: upper, lower, digits, symbols)');
  const passwordHash = await hash(password);
  await withDatabase(config, async (database) => {
    await migrateDatabase(database);
    await database.db.transaction(async (tx) => {
      let centerId: string;
      if (o.centerCode) {
        const [c] = await tx.select().from(centers).where(eq(centers.code, o.centerCode)).limit(1);
        if (!c) throw new Error(`center ${o.centerCode} not found`);
        centerId = c.id;
      } else {
        const [any] = await tx.select().from(centers).limit(1);
        if (any) throw new Error('the database has centers already: pass --center-code');
        if (!o.regionCode || !validateRegionCode(o.regionCode).ok || o.regionCode.length !== 6) throw new Error('--region-code: a 6-digit GB/T 2260 county code is required');
        await tx.insert(regions).values({ code: o.regionCode, name: o.centerName.replace(/政务服务中心$/, ''), level: regionLevelOf(o.regionCode)! }).onConflictDoNothing();
        centerId = newId();
        await tx.insert(centers).values({ id: centerId, code: `C${o.regionCode}`, name: o.centerName, level: 'county', regionCode: o.regionCode, path: `/${centerId}/` });
      }
      const row = await insertStaffAccount(tx, { username: o.username.toLowerCase(), name: o.name, roles: [o.role as Role], centerId, passwordHash, mustChangePassword: true });
      await recordAudit(tx, { actorName: 'cli', action: 'staff.create-admin', objectType: 'staff', objectId: row.id, centerId, summary: { username: row.username, role: o.role } });
    });
  });
  console.log(`已创建管理员 ${o.username} (${o.role}); 首次登录须修改密码并绑定动态口令`);
}
