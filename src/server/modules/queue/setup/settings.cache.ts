import type { Db } from '../../../platform/db/types.ts';
import { findSettings, type SettingsRow } from './category.queries.ts';

// Every call reads the hall's templates and limits; they change a few times a year. A short
// cache saves a query per call. A change on this instance applies at once (forgetSettings);
// on another instance within TTL_MS, which is soon enough for a voice template or a recall
// interval. Keyed by center id: ids are UUIDv7, unique across databases.

const TTL_MS = 5_000;
const cache = new Map<string, { settings: SettingsRow; until: number }>();

export async function hallSettings(db: Db, centerId: string, now = Date.now()): Promise<SettingsRow> {
  const hit = cache.get(centerId);
  if (hit && hit.until > now) return hit.settings;
  const settings = await findSettings(db, centerId);
  cache.set(centerId, { settings, until: now + TTL_MS });
  return settings;
}

export function forgetSettings(centerId: string): void {
  cache.delete(centerId);
}
