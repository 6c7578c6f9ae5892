declare module 'vitest' {
  export interface ProvidedContext {
    templateFile: string;
  }
}
export {};
