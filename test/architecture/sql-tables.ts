// Finds SQL in a module's source that names a table another module owns. Ownership comes from
// the drizzle declarations (`pgTable('name'` in each `*.schema.ts`); views created by migrations
// are published on purpose (decision 0011) and may be read by any module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Owners { tables: Map<string, string>; views: Set<string> }
export interface Violation { file: string; module: string; table: string; owner: string; sql: string }

const DECLARATION = /pg(Table|View)\(\s*['"]([a-z_][a-z0-9_]*)['"]/g;
const CREATE_VIEW = /CREATE\s+(?:OR\s+REPLACE\s+)?(?:MATERIALIZED\s+)?VIEW\s+(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/gi;
// A table reference: the name right after a keyword that introduces one.
const REFERENCE = /\b(?:from|join|update|into|table|using)\s+(?:only\s+)?(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/gi;

export function filesUnder(dir: string, endings: readonly string[] = ['.ts']): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, endings) : endings.some((e) => path.endsWith(e)) ? [path] : [];
  });
}

/** Table name → owner ("platform" or the module folder), and the views the migrations create. */
export function tableOwners(root: string): Owners {
  const tables = new Map<string, string>();
  const owned = (owner: string, dir: string) => {
    for (const file of filesUnder(dir).filter((f) => f.endsWith('.schema.ts'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(DECLARATION)) if (m[1] === 'Table') tables.set(m[2]!, owner);
    }
  };
  owned('platform', join(root, 'src/server/platform'));
  for (const module of moduleNames(root)) owned(module, join(root, 'src/server/modules', module));
  const views = new Set<string>();
  const migrations = join(root, 'migrations');
  for (const name of readdirSync(migrations).filter((n) => n.endsWith('.sql'))) {
    for (const m of readFileSync(join(migrations, name), 'utf8').matchAll(CREATE_VIEW)) views.add(m[1]!.toLowerCase());
  }
  return { tables, views };
}

export function moduleNames(root: string): string[] {
  const dir = join(root, 'src/server/modules');
  return readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
}

/** The text of every string and template literal in a source file (placeholders as `$`). */
export function literals(source: string): string[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) found.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' $ '));
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Tables of other owners that the SQL in `source` names. */
export function foreignTables(source: string, module: string, owners: Owners): { table: string; owner: string; sql: string }[] {
  const hits: { table: string; owner: string; sql: string }[] = [];
  for (const text of literals(source)) {
    for (const m of text.matchAll(REFERENCE)) {
      const table = m[1]!.toLowerCase();
      const owner = owners.tables.get(table);
      if (owner && owner !== module && !owners.views.has(table)) hits.push({ table, owner, sql: text.replace(/\s+/g, ' ').slice(0, 120) });
    }
  }
  return hits;
}

/** Every module source file (tests and their fixtures included) naming another owner's table. */
export function violations(root: string, owners = tableOwners(root)): Violation[] {
  return moduleNames(root).flatMap((module) =>
    filesUnder(join(root, 'src/server/modules', module)).flatMap((path) =>
      foreignTables(readFileSync(path, 'utf8'), module, owners).map((hit) => ({ file: relative(root, path), module, ...hit })),
    ),
  );
}
