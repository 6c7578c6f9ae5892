import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform } from '../harness.ts';
import type { TestPlatform } from './helpers.ts';

// One HTTP contract (decision 0023): every operation of the OpenAPI document describes the
// answer it succeeds with (a JSON schema, or a file's content type), so the web's types and
// the documentation come from what the server checks it sends.

interface Response {
  description?: string;
  content?: Record<string, { schema?: { type?: string; properties?: object; items?: object; anyOf?: object[]; $ref?: string } }>;
}
type Doc = { paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, Response> }>> };

describe('the HTTP contract in OpenAPI', () => {
  let p: TestPlatform;
  let doc: Doc;
  beforeAll(async () => {
    p = await startTestPlatform();
    doc = (await p.app.inject({ url: '/api/openapi.json' })).json() as Doc;
  });
  afterAll(async () => p?.close());

  it('describes the success answer of every operation', () => {
    const missing: string[] = [];
    let n = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        n++;
        const name = `${method.toUpperCase()} ${path} (${op.operationId ?? '?'})`;
        const success = Object.entries(op.responses ?? {}).filter(([status]) => /^(2\d\d|101)$/.test(status));
        if (success.length === 0) {
          missing.push(`${name}: no success response`);
          continue;
        }
        for (const [status, r] of success) {
          if (status === '204') continue; // no body by definition
          const contents = Object.entries(r.content ?? {});
          if (contents.length === 0) missing.push(`${name}: ${status} without content`);
          for (const [type, c] of contents) {
            const s = c.schema ?? {};
            // A JSON answer must say what it holds; a file names its content type.
            if (type === 'application/json' && !(s.properties || s.items || s.anyOf || s.$ref || s.type)) missing.push(`${name}: ${status} ${type} has an empty schema`);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('gives every operation an operationId', () => {
    const without = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => !op.operationId).map(([m]) => `${m} ${path}`));
    expect(without).toEqual([]);
  });

  it('turns an answer its schema does not describe into a 500, never a silent drop', async () => {
    const { responseSerializer } = await import('../../src/server/platform/http/response-contract.ts');
    const { z } = await import('zod');
    const serialize = responseSerializer(true)({ schema: z.object({ a: z.number() }), method: 'GET', url: '/x', httpStatus: '200' } as never);
    expect(serialize({ a: 1 })).toBe('{"a":1}');
    const causeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return String((e as { cause?: { issues?: { message: string }[] } }).cause?.issues?.[0]?.message);
      }
      return 'did not throw';
    };
    expect(causeOf(() => serialize({ a: 1, secret: 'x' }))).toMatch(/\.secret/);
    expect(() => serialize({ a: 'one' })).toThrow();
    const lenient = responseSerializer(false)({ schema: z.object({ a: z.number() }), method: 'GET', url: '/x', httpStatus: '200' } as never);
    expect(lenient({ a: 1, extra: 2 })).toBe('{"a":1}');
  });
});
