// `certificate-key rotate|list`: the platform's e-certificate signing keys from the command line
// (decision 0039). Rotation is the same use case as the security administrator's route, audited
// as the command's own act; the retired key stays to verify the certificates it signed.
import type { Command } from 'commander';
import type { Config } from '../platform/config.ts';
import { listSigningKeys, rotateSigningKey } from '../modules/certificate/index.ts';
import { withDatabase } from './with-database.ts';

export function registerCertificateKeyCommands(program: Command, config: () => Config) {
  const keys = program.command('certificate-key').description('e-certificate signing keys (Ed25519, sealed with CERTIFICATE_KEK)');
  keys
    .command('rotate')
    .description('make a new active signing key; earlier keys stay for verification')
    .action(() =>
      withDatabase(config(), async (database) => {
        const key = await rotateSigningKey(database.db, config(), { systemLabel: '命令行 certificate-key rotate' });
        console.log(`新签名密钥 new active signing key: ${key.id}`);
      }),
    );
  keys
    .command('list')
    .description('list the signing keys (public keys only)')
    .action(() =>
      withDatabase(config(), async (database) => {
        for (const k of (await listSigningKeys(database.db)).items) console.log(`${k.id}\t${k.active ? 'active' : 'retired'}\t${new Date(k.createdAt).toISOString()}\t${k.publicKey}`);
      }),
    );
}
