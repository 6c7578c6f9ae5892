import type { FastifyRequest } from 'fastify';
import type { Lang } from '../../../domain/errors/index.ts';

/** Chinese unless the client asks for English (?lang=en, or Accept-Language starting with en). */
export function requestLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'en') return 'en';
  if (q === 'zh') return 'zh';
  const header = req.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'zh';
}
