// The relative-import graph of a source tree and its cycles (strongly connected components of
// more than one file, or a file importing itself). Type-only imports count: a cycle of types
// still ties two files together.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { filesUnder } from './sql-tables.ts';

export function importGraph(root: string, dirs: readonly string[]): Map<string, string[]> {
  const files = dirs.flatMap((d) => filesUnder(resolve(root, d), ['.ts', '.tsx']));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const targets: string[] = [];
    for (const st of source.statements) {
      const spec = (ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (!spec?.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (existsSync(target)) targets.push(relative(root, target));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** Each cycle as the files in it (Tarjan's strongly connected components). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph between folders: each file counts as the unit `unitOf` names (files it leaves out are dropped). */
export function unitGraph(graph: Map<string, string[]>, unitOf: (file: string) => string | undefined): Map<string, string[]> {
  const units = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = unitOf(file);
    if (!from) continue;
    const set = units.get(from) ?? new Set<string>();
    units.set(from, set);
    for (const t of targets) {
      const to = unitOf(t);
      if (to && to !== from) set.add(to);
    }
  }
  return new Map([...units].map(([u, s]) => [u, [...s]]));
}

/** Server units: each module, the seed, the CLI, the platform; tests left out (they may use anything). */
export function serverUnit(file: string): string | undefined {
  if (/\.test\.tsx?$/.test(file)) return undefined;
  const m = /^src\/server\/(modules\/[^/]+|[^/]+)\//.exec(file);
  return m?.[1];
}
