import { z } from 'zod';

// Every list endpoint pages the same way: ?page=1&pageSize=20 → {items, total, page, pageSize}.
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  lang: z.enum(['zh', 'en']).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
}

export function offsetOf(q: PageQuery): { limit: number; offset: number } {
  return { limit: q.pageSize, offset: (q.page - 1) * q.pageSize };
}

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
