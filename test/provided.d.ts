declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
    /** With DATABASE_URL: the PostgreSQL database migrated and seeded once, copied per test file. */
    pgTemplate: string;
  }
}
export {};
