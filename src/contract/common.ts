// The shapes every answer shares. The contract imports only zod and src/domain, so the
// server (routes' response schemas) and the web (types) can both import it.
import { z } from 'zod';

/** What the web receives: the JSON side of a schema (a timestamp is an ISO string there). */
export type Json<S extends z.ZodType> = z.input<S>;

/** A timestamp: a Date (or an ISO string from SQL) on the server, an ISO string on the wire. */
export const timestamp = z.codec(z.string(), z.union([z.date(), z.string()]), {
  decode: (s) => s,
  encode: (v) => (v instanceof Date ? v.toISOString() : v),
});

/** A `YYYY-MM-DD` date (both drivers keep DATE columns as strings). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const uuid = z.string();

/** Every list endpoint: ?page=1&pageSize=20 → {items, total, page, pageSize}. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

/** `{items: [...]}` without paging. */
export function list<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** The error body every API route answers with. */
export const ErrorBody = z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() });
export type ErrorBody = Json<typeof ErrorBody>;

/** A route that answers no body. */
export const NoContent = z.undefined().describe('No body');

/** Non-JSON answers: documented by content type; the body is the file itself. */
export function fileResponse(contentType: string, description: string) {
  return { description, content: { [contentType]: { schema: z.string().describe('binary') } } };
}
