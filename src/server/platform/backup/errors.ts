// Operators read these at the worst moment (restoring after a failure): every refusal says
// what is wrong in Chinese and in English, and carries a code tests and scripts can match.
export type BackupErrorCode =
  | 'not-a-backup'
  | 'unsupported-version'
  | 'key-missing'
  | 'key-wrong'
  | 'corrupt'
  | 'file-exists'
  | 'not-empty'
  | 'newer-backup'
  | 'target-ahead'
  | 'schema-mismatch'
  | 'fk-cycle';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    zh: string,
    en: string,
  ) {
    super(`${zh}\n${en}`);
    this.name = 'BackupError';
  }
}
