import type { Config } from '../platform/config.ts';

export async function backupCommand(_config: Config, _file: string): Promise<void> {
  throw new Error('backup: being written');
}
export async function restoreCommand(_config: Config, _file: string): Promise<void> {
  throw new Error('restore: being written');
}
