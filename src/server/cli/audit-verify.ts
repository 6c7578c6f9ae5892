import type { Config } from '../platform/config.ts';
import { sealAudit, verifyAudit } from '../platform/audit/audit.ts';
import { withDatabase } from './with-database.ts';
import { progressBar } from './progress.ts';

export async function auditVerifyCommand(config: Config) {
  const result = await withDatabase(config, async (database) => {
    // Seal what the server had not sealed yet (e.g. rows written just before it stopped).
    while ((await sealAudit(database.db)) > 0);
    const bar = progressBar('校验审计链 verifying');
    try {
      return await verifyAudit(database.db, (d, t) => bar.update(d, t));
    } finally {
      bar.stop();
    }
  });
  if (result.ok) {
    console.log(`审计链完整 audit chain intact: ${result.checked} rows verified`);
    return;
  }
  console.error(`审计链断裂 audit chain broken at seq ${result.brokenAt}: ${result.reason} (${result.checked} rows verified before it)`);
  process.exitCode = 2;
}
