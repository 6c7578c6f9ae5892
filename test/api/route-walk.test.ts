import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, isAdminRole, roles, type Permission, type Role } from '../../src/domain/access/index.ts';
import { signIn, startTestPlatform } from '../harness.ts';
import {
  counter,
  declaredAccess,
  demoIds,
  enrolTotp,
  errorProblems,
  hasChinese,
  signInCitizen,
  signInWithTotp,
  type DemoIds,
  type TestPlatform,
} from './helpers.ts';
import { accountOfRole, openApiOperations, operations, urlOf, type JsonSchema, type OpenApiOperation, type Sample } from './operations.ts';

// Walk every operation of the OpenAPI document with bad input, signed in as someone who
// may call it: every answer must be a 4xx with a catalogued code and a message in the
// asker's language, never a crash.

interface Case {
  label: string;
  url: string;
  payload?: string;
  contentType?: string;
  expectCode?: string;
}

const BIG = 'x'.repeat(10_000);

/** Values that break a JSON schema: wrong types, null, unknown enum values, oversize. */
function wrongValues(s: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const type = s.type ?? (s.anyOf ? 'union' : undefined);
  if (type === 'string') out.push(12345, { x: ['y'] }, BIG);
  if (type === 'integer' || type === 'number') out.push('abc', 1e300);
  if (type === 'boolean') out.push('true', 1);
  if (type === 'array')
    out.push(
      { 0: 'x' },
      Array.from({ length: 10_000 }, () => 'x'),
    );
  if (type === 'object') out.push([], 'x');
  if (s.enum) out.push('no-such-value');
  if (!s.nullable) out.push(null);
  return out;
}

/** Query values that break a parameter schema (everything arrives as a string). */
function badQueryValues(s: JsonSchema): string[] {
  if (s.type === 'integer' || s.type === 'number') return ['abc', '99999999999'];
  if (s.enum) return ['zz'];
  if (s.format === 'uuid') return ['not-a-uuid', BIG];
  if (!s.type) return ['not-a-date', BIG]; // z.coerce.date (from, to) documents no type
  return [BIG, 'not-valid-\u0000']; // strings: all are bounded or refined
}

/** A stand-in request for an operation the table does not know yet. */
function fallbackSample(op: OpenApiOperation): Sample {
  const params: Record<string, string> = {};
  for (const x of op.parameters.filter((x) => x.in === 'path'))
    params[x.name] = x.schema.enum ? String(x.schema.enum[0]) : x.schema.format === 'uuid' ? randomUUID() : 'x';
  return { params, body: op.body ? {} : undefined };
}

function casesOf(op: OpenApiOperation, ids: DemoIds, bodyLimit: number): Case[] {
  const known = operations[op.operationId];
  const sample = known?.sample(ids) ?? fallbackSample(op);
  const url = urlOf(op.path, sample.params, sample.query);
  const cases: Case[] = [];
  const json = (label: string, value: unknown, u = url) =>
    cases.push({ label, url: u, payload: JSON.stringify(value), contentType: 'application/json' });

  for (const param of op.parameters.filter((x) => x.in === 'path')) {
    const bad =
      param.schema.format === 'uuid' ? ["1' OR '1'='1", 'y'.repeat(300)] : param.schema.enum ? ['C'] : ['not-valid', 'y'.repeat(300)];
    for (const v of bad)
      json(`path ${param.name}=${v.slice(0, 12)}`, sample.body ?? {}, urlOf(op.path, { ...sample.params, [param.name]: v }, sample.query));
    // A broken %-escape never reaches the route: the router refuses it.
    json(
      `path ${param.name} bad escape`,
      sample.body ?? {},
      urlOf(op.path, sample.params, sample.query).replace(encodeURIComponent(sample.params![param.name]!), '%E0%A4%A'),
    );
    if (param.schema.format === 'uuid') {
      const u = urlOf(op.path, { ...sample.params, [param.name]: randomUUID() }, sample.query);
      // With the table's valid sample, an unknown id must be 404 (a stand-in body may fail first).
      const expectCode = known ? 'NOT_FOUND' : undefined;
      if (sample.body === undefined && op.method === 'GET') cases.push({ label: `path ${param.name} unknown`, url: u, expectCode });
      else
        cases.push({
          label: `path ${param.name} unknown`,
          url: u,
          payload: JSON.stringify(sample.body ?? {}),
          contentType: 'application/json',
          expectCode,
        });
    }
  }
  for (const param of op.parameters.filter((x) => x.in === 'query')) {
    for (const v of badQueryValues(param.schema))
      cases.push({
        label: `query ${param.name}=${v.slice(0, 12)}`,
        url: urlOf(op.path, sample.params, { ...sample.query, [param.name]: v }),
      });
    const ok = param.schema.enum
      ? String(param.schema.enum[0])
      : param.schema.type === 'integer'
        ? '1'
        : param.schema.format === 'uuid'
          ? randomUUID()
          : '2026-01-01';
    cases.push({ label: `query ${param.name} twice`, url: urlOf(op.path, sample.params, { ...sample.query, [param.name]: [ok, ok] }) });
  }
  if (op.method === 'GET') return cases;

  // Bodies: parse errors and size limits apply to every route that takes a body.
  cases.push({ label: 'malformed JSON', url, payload: '{"name": "未闭合', contentType: 'application/json', expectCode: 'BAD_JSON' });
  cases.push({
    label: 'body over limit',
    url,
    payload: JSON.stringify({ pad: 'x'.repeat(bodyLimit + 1) }),
    contentType: 'application/json',
    // A route that takes no JSON body may set its own, larger limit (file uploads): any 4xx there.
    expectCode: op.body ? 'PAYLOAD_TOO_LARGE' : undefined,
  });
  cases.push({
    label: 'form body',
    url,
    payload: 'a=1',
    contentType: 'application/x-www-form-urlencoded',
    expectCode: 'UNSUPPORTED_MEDIA_TYPE',
  });
  if (!op.body) return cases;

  cases.push({ label: 'missing body', url });
  cases.push({ label: 'empty JSON body', url, payload: '', contentType: 'application/json' });
  for (const top of [[], 'text', null]) json(`body ${JSON.stringify(top)}`, top);
  const base = (sample.body ?? {}) as Record<string, unknown>;
  for (const field of op.body.required ?? []) {
    const { [field]: _gone, ...rest } = base;
    json(`missing ${field}`, rest);
  }
  for (const [field, schema] of Object.entries(op.body.properties ?? {})) {
    for (const v of wrongValues(schema)) json(`${field}=${JSON.stringify(v).slice(0, 16)}`, { ...base, [field]: v });
  }
  return cases;
}

/** Who may call an operation: a demo account holding its permission (the center manager
 * first, administrators — with TOTP — last). */
const preference: Role[] = [
  'center_manager',
  ...roles.filter((r) => r !== 'center_manager' && !isAdminRole(r)),
  ...roles.filter(isAdminRole),
];
function callerOf(access: string): string | undefined {
  if (access === 'public') return undefined;
  if (access === 'signedIn') return 'clerk';
  if (access === 'citizen') return '(citizen)';
  const role = preference.find((r) => can([r], access as Permission));
  if (!role) throw new Error(`no demo account holds ${access}`);
  return accountOfRole[role];
}

describe('route walk: bad input everywhere', () => {
  let p: TestPlatform;
  let ids: DemoIds;
  let ops: OpenApiOperation[];
  let declared: Map<string, string>;
  let http: ReturnType<typeof counter>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    p = await startTestPlatform();
    http = counter(p);
    ids = await demoIds(p);
    ops = await openApiOperations(p.app);
    declared = await declaredAccess(p);
    for (const access of new Set(declared.values())) {
      const u = callerOf(access);
      if (!u || cookies[u]) continue;
      if (u === '(citizen)') {
        cookies[u] = await signInCitizen(p, '13700000008');
        continue;
      }
      const admin = isAdminRole(roles.find((r) => accountOfRole[r] === u)!);
      cookies[u] = admin ? await signInWithTotp(p, u, await enrolTotp(p, u)) : await signIn(p, u);
    }
    cookies.clerk ??= await signIn(p, 'clerk');
  });
  afterAll(async () => {
    console.log(`route walk: ${http?.count ?? 0} requests over ${ops?.length ?? 0} operations`);
    await p?.close();
  });

  it('knows the access rule of every operation in the OpenAPI document', () => {
    expect(ops.length).toBeGreaterThanOrEqual(30);
    expect(ops.filter((op) => !declared.has(op.operationId)).map((op) => op.operationId)).toEqual([]);
  });

  it('answers every bad request with a 4xx, a catalogued code and a message in the asked language', async () => {
    const failures: string[] = [];
    const withoutCases: string[] = [];
    let n = 0;
    for (const op of ops) {
      const who = callerOf(declared.get(op.operationId)!);
      const cases = casesOf(op, ids, p.ctx.config.BODY_LIMIT_BYTES);
      if (cases.length === 0) withoutCases.push(op.operationId);
      for (const c of cases) {
        // Alternate the language so that each kind of mistake is seen in both.
        const lang = n++ % 2 === 0 ? 'zh' : 'en';
        const headers: Record<string, string> = {};
        if (who) headers.cookie = cookies[who]!;
        if (c.contentType) headers['content-type'] = c.contentType;
        if (lang === 'en') headers['accept-language'] = 'en-US,en;q=0.9';
        const res = await http.inject({
          method: op.method as 'POST',
          url: c.url,
          headers,
          ...(c.payload !== undefined ? { payload: c.payload } : {}),
        });
        const problems = errorProblems(res, lang);
        if (c.expectCode && res.json().code !== c.expectCode) problems.push(`code ${res.json().code}, expected ${c.expectCode}`);
        if (problems.length) failures.push(`${op.method} ${op.path} (${op.operationId}) ${c.label} [${lang}]: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    // Only an operation with no input at all has nothing to get wrong.
    const inputless = ops.filter((op) => op.method === 'GET' && op.parameters.length === 0).map((op) => op.operationId);
    expect(withoutCases).toEqual(inputless);
    expect(inputless).toContain('getMe');
  });

  it('answers an unknown route with 404 ROUTE_NOT_FOUND in Chinese, English on request', async () => {
    for (const url of ['/api/v1/no-such-thing', '/api/v1/centers/x/y/z', '/api/v2/centers', '/api/auth/sign-in/email']) {
      const zh = await http.inject({ method: 'GET', url });
      expect(zh.statusCode, url).toBe(404);
      expect(zh.json().code).toBe('ROUTE_NOT_FOUND');
      expect(zh.json().message).toMatch(hasChinese);
      const en = await http.inject({ method: 'POST', url: `${url}?lang=en`, payload: {} });
      expect(en.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'No such endpoint' });
    }
  });

  it('speaks English with ?lang=en and Chinese with ?lang=zh whatever the header says', async () => {
    const cookie = cookies.manager!;
    const bad = await http.inject({
      method: 'POST',
      url: '/api/v1/departments?lang=en',
      headers: { cookie },
      payload: { centerId: 'nope' },
    });
    expect(errorProblems(bad, 'en')).toEqual([]);
    expect(bad.json().details[0].message).not.toMatch(hasChinese);
    const json = await http.inject({
      method: 'POST',
      url: '/api/v1/departments?lang=zh',
      headers: { cookie, 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{',
    });
    expect(json.json().code).toBe('BAD_JSON');
    expect(errorProblems(json, 'zh')).toEqual([]);
    const anon = await http.inject({ url: '/api/v1/centers?lang=en' });
    expect(anon.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Please sign in' });
  });
});
