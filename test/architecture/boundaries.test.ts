// The module and layer rules of ARCHITECTURE.md, checked (decision 0022). Each check is also
// run on a deliberate violation, so a check that stopped finding anything would fail here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph, serverUnit, unitGraph } from './import-cycles.ts';
import { foreignTables, moduleNames, tableOwners, violations } from './sql-tables.ts';

const root = resolve(import.meta.dirname, '../..');
const owners = tableOwners(root);

/**
 * Where a module's SQL may name a table it does not own. The hall's one-round-trip presses
 * write their audit rows in the same statement (decisions 0011, 0012): the platform's
 * `audit_log`, not another module's table.
 */
const allowed = [{ file: 'src/server/modules/queue/hot-path/window-step.parts.ts', table: 'audit_log' }];

// Tests and fixtures check effects across modules on purpose (an audit row, an SMS queued).
const isTestCode = (file: string) => /\.test\.tsx?$|fixture/.test(file);

describe('modules keep to their own tables', () => {
  it('knows who owns which table, and which views are published', () => {
    expect(owners.tables.get('center')).toBe('org');
    expect(owners.tables.get('catalog_item')).toBe('catalog');
    expect(owners.tables.get('ticket')).toBe('queue');
    expect(owners.tables.get('audit_log')).toBe('platform');
    expect(owners.views.has('window_at_post')).toBe(true);
    expect(moduleNames(root)).toEqual(expect.arrayContaining(['org', 'catalog', 'identity', 'queue', 'appointment']));
  });

  it('finds no module SQL naming another module’s table', () => {
    const found = violations(root, owners)
      .filter((v) => !isTestCode(v.file))
      .filter((v) => !allowed.some((a) => a.file === v.file && a.table === v.table));
    expect(found).toEqual([]);
  });

  it('catches a deliberate read of org’s table from the catalog, and lets a published view pass', () => {
    const source = [
      'const a = sql`SELECT name FROM center c WHERE c.id = ${id}`;',
      "const b = 'UPDATE public.\"staff\" SET active = false';",
      'const c = sql`SELECT * FROM window_at_post w JOIN catalog_item i ON true`;',
      'const d = `a staff member from the center`; // prose, not SQL',
    ].join('\n');
    expect(foreignTables(source, 'catalog', owners).map((h) => `${h.owner}.${h.table}`)).toEqual(['org.center', 'org.staff']);
    // Seen from org, its own tables and the view are fine; the catalog's table is not.
    expect(foreignTables(source, 'org', owners).map((h) => `${h.owner}.${h.table}`)).toEqual(['catalog.catalog_item']);
  });

  it('keeps every module’s tables out of its public face (index.ts exports no *.schema.ts)', () => {
    for (const m of moduleNames(root)) {
      const index = readFileSync(resolve(root, 'src/server/modules', m, 'index.ts'), 'utf8');
      expect(index, m).not.toMatch(/from '\.\/[^']*\.schema\.ts'/);
    }
  });
});

describe('imports point one way', () => {
  it('has no import cycle between files', () => {
    expect(cycles(importGraph(root, ['src', 'test', 'bench']))).toEqual([]);
  });

  it('has no cycle between server modules, the platform, the seed and the CLI', () => {
    expect(cycles(unitGraph(importGraph(root, ['src/server']), serverUnit))).toEqual([]);
  });

  it('finds a deliberate cycle', () => {
    const files = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cycles(files)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    const units = unitGraph(
      new Map([
        ['src/server/modules/queue/load.ts', ['src/server/seed/seed.ts']],
        ['src/server/seed/seed.ts', ['src/server/modules/queue/category.ts']],
        ['src/server/modules/queue/category.ts', []],
      ]),
      serverUnit,
    );
    expect(cycles(units)).toEqual([['modules/queue', 'seed']]);
  });
});

describe('the lint rules refuse a deliberate violation', () => {
  const eslint = new ESLint({ cwd: root });
  const restricted = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it('a module importing another module’s file other than its index.ts', async () => {
    const code = "import { centers } from '../org/org.schema.ts';\nimport { findCenter } from '../org/index.ts';\nexport { centers, findCenter };\n";
    const messages = await restricted('src/server/modules/catalog/probe.ts', code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('../org/org.schema.ts');
    expect(await restricted('src/server/modules/catalog/excel/probe.ts', code.replaceAll('../org/', '../../org/'))).toHaveLength(1);
  });

  it('a web layer importing a layer above it', async () => {
    expect(await restricted('src/web/ui/Probe.tsx', "export { features } from '../features/index.ts';\n")).toHaveLength(1);
    expect(await restricted('src/web/i18n/probe.ts', "export { ui } from '../ui/index.ts';\n")).toHaveLength(1);
    expect(await restricted('src/web/features/probe.ts', "export { console } from '../audiences/console/index.ts';\n")).toHaveLength(1);
    expect(await restricted('src/web/audiences/kiosk/probe.ts', "export { App } from '../../app/App.tsx';\n")).toHaveLength(1);
    expect(await restricted('src/web/features/probe.ts', "export { Button } from '../ui/Button.tsx';\n")).toHaveLength(0);
  });
});
