// Every JSON answer passes through its route's response schema (src/contract). A value the
// schema refuses is a ResponseSerializationError (a 500: the server broke its contract).
// With `strict` (tests), a field the schema does not describe is an error too, instead of
// being dropped silently: the route answered something its contract does not say.
import type { FastifySerializerCompiler } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { safeEncode, type $ZodType } from 'zod/v4/core';

/** The first path at which `sent` holds a field that `kept` (the schema's encoding) dropped. */
export function droppedField(sent: unknown, kept: unknown, path = ''): string | undefined {
  if (sent === null || typeof sent !== 'object' || sent instanceof Date) return undefined;
  if (kept === null || typeof kept !== 'object') return undefined;
  if (Array.isArray(sent)) {
    for (let i = 0; i < sent.length; i++) {
      const d = droppedField(sent[i], (kept as unknown[])[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  for (const [k, v] of Object.entries(sent)) {
    if (v === undefined) continue;
    if (!(k in kept)) return `${path}.${k}`;
    const d = droppedField(v, (kept as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

export function responseSerializer(strict: boolean): FastifySerializerCompiler<$ZodType> {
  return ({ schema, method, url }) =>
    (data) => {
      const result = safeEncode(schema, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      if (strict) {
        const dropped = droppedField(data, result.data);
        if (dropped) {
          const issue = { code: 'custom' as const, path: [dropped], message: `field not in the response schema: ${dropped}`, input: data };
          throw new ResponseSerializationError(method, url, { cause: new z.ZodError([issue]) });
        }
      }
      return JSON.stringify(result.data);
    };
}
