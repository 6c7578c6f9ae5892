import type { Command } from 'commander';
import type { Config } from '../platform/config.ts';
import { serve } from './serve.ts';
import { withDatabase } from './with-database.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { isEmpty, seedDemo } from '../seed/seed.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { auditVerifyCommand } from './audit-verify.ts';
import { createAdminCommand } from './create-admin.ts';
import { registerCalendarCommands } from './calendar.ts';
import { registerSeedCasesCommand } from './seed-cases.ts';
import { registerCertificateKeyCommands } from './certificate-keys.ts';

export function registerCommands(program: Command, config: () => Config) {
  program.command('serve').description('start the platform (HTTP + web app)').action(() => serve(config()));
  program
    .command('migrate')
    .description('apply database migrations')
    .action(() => withDatabase(config(), async (database) => {
      await migrateDatabase(database);
      console.log(`迁移完成 migrations applied on ${database.describe}`);
    }));
  program
    .command('seed')
    .description('load the demo organisation into an empty database')
    .action(() => withDatabase(config(), async (database) => {
      await migrateDatabase(database);
      if (!(await isEmpty(database.db))) return console.log('数据库非空，跳过演示数据 (database not empty; nothing seeded)');
      const r = await seedDemo(database.db, { forcePasswordChange: !config().demo });
      console.log(`演示数据已创建 demo data created: ${r.staff} accounts`);
    }));
  program.command('backup').argument('<file>', 'output file (.jsonl.gz)').description('logical dump of every table').action((file: string) => backupCommand(config(), file));
  program.command('restore').argument('<file>', 'a file written by backup').description('restore into an empty database').action((file: string) => restoreCommand(config(), file));
  const audit = program.command('audit').description('audit trail tools');
  audit.command('verify').description('check the hash chain; names the first broken link').action(() => auditVerifyCommand(config()));
  program
    .command('create-admin')
    .description('create the first center and a system administrator (or an administrator in an existing center)')
    .requiredOption('--username <name>')
    .requiredOption('--name <name>')
    .option('--role <role>', 'system_admin | security_admin | audit_admin', 'system_admin')
    .option('--center-code <code>', 'existing center code; omitted on an empty database: a county center is created')
    .option('--center-name <name>', 'name of the county center to create', '县政务服务中心')
    .option('--region-code <code>', 'GB/T 2260 code of the county for a new center')
    .action((o) => createAdminCommand(config(), o));
  registerCalendarCommands(program, config);
  registerSeedCasesCommand(program, config);
  registerCertificateKeyCommands(program, config); // e-certificate keys (issue #18)
}
