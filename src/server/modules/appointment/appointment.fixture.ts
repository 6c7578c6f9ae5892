// Shared set-up of the appointment suites: a platform with the demo org (background jobs not even registered:
// the tests run the sweep and the dispatcher with an explicit `now`), the county hall, and
// HTTP shorthands. Not a test file itself.
import { DEFAULT_APPOINTMENT_RULES } from '../../../domain/appointment/index.ts';
import { idCardCheckChar } from '../../../domain/identifiers/index.ts';
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';
import { findCenter } from '../org/index.ts';
import type { LightMyRequestResponse } from 'fastify';

export { rows };

type Res = LightMyRequestResponse;

export interface AppointmentHall {
  p: TestPlatform;
  ids: DemoIds;
  county: string;
  countyRegion: string;
  cookie: { manager: string; clerk: string; tqManager: string };
  get(url: string, cookie?: string): Promise<Res>;
  post(url: string, body?: object, cookie?: string, method?: 'POST' | 'PUT' | 'PATCH'): Promise<Res>;
  /** A new category of the county served by the given windows (default: window 1 only). */
  category(prefix: string, openingHours: string | null, windows?: string[]): Promise<string>;
  rules(patch: object): Promise<Res>;
}

/** A valid resident ID number, different for each n. */
export function idCard(n: number): string {
  const first17 = `61042919900101${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

export const person = (n: number) => ({ name: `张${n}三`, idCard: idCard(n), phone: `139${String(n).padStart(8, '0')}` });

/** The domain's defaults, switched on. */
export const DEFAULT_RULES = { ...DEFAULT_APPOINTMENT_RULES, enabled: true };

export async function openAppointmentHall(): Promise<AppointmentHall> {
  const p = await startTestPlatform({ APPOINTMENT_JOBS_INTERVAL_MS: '0', SMS_DISPATCH_INTERVAL_MS: '0' });
  const ids = await demoIds(p);
  const [manager, clerk, tqManager] = [await signIn(p, 'manager'), await signIn(p, 'clerk'), await signIn(p, 'tq-manager')];
  const county = ids.center['XY-COUNTY']!;
  const region = await findCenter(p.ctx.db, county);
  const h: AppointmentHall = {
    p,
    ids,
    county,
    countyRegion: region!.regionCode,
    cookie: { manager, clerk, tqManager },
    get: (url, cookie) => p.app.inject({ url: `/api/v1${url}`, headers: cookie ? { cookie } : {} }),
    post: (url, body, cookie, method = 'POST') =>
      p.app.inject({ method, url: `/api/v1${url}`, headers: cookie ? { cookie } : {}, ...(body ? { payload: body } : {}) }),
    async category(prefix, openingHours, windows = ['1']) {
      const res = await h.post('/queue/categories', { centerId: county, prefix, name: `预约${prefix}`, openingHours }, manager);
      if (res.statusCode !== 201) throw new Error(`category ${prefix}: ${res.statusCode} ${JSON.stringify(res.json())}`);
      const id = res.json().id as string;
      for (const w of windows) {
        const map = await h.post(`/queue/windows/${ids.window[`XY-COUNTY/${w}`]}/categories`, { categoryIds: [id] }, manager, 'PUT');
        if (map.statusCode !== 200) throw new Error(`map: ${map.statusCode} ${JSON.stringify(map.json())}`);
      }
      return id;
    },
    rules: (patch) => h.post(`/queue/centers/${county}/appointment-rules`, { ...DEFAULT_RULES, ...patch }, manager, 'PUT'),
  };
  await coverYears(h, [new Date().getUTCFullYear(), new Date().getUTCFullYear() + 1]);
  return h;
}

/**
 * Holiday data ends in 2026 (STACK.md trap 11): from 2027 on, import a plain Mon–Fri year so
 * the suites still pass, as an administrator would once the State Council publishes it.
 */
async function coverYears(h: AppointmentHall, years: number[]) {
  const covered = (await h.get('/calendar/years', h.cookie.manager)).json() as { items?: { year: number }[] } | { year: number }[];
  const list = Array.isArray(covered) ? covered : (covered.items ?? []);
  for (const year of years.filter((y) => !list.some((c) => c.year === y))) {
    const res = await h.post(
      '/calendar/import',
      { year, days: [{ name: '元旦', date: `${year}-01-01`, isOffDay: true }] },
      h.cookie.manager,
    );
    if (res.statusCode >= 300) throw new Error(`import ${year}: ${res.statusCode} ${JSON.stringify(res.json())}`);
  }
}

/** Makes `date` a working day in the county's region (a 调班 day), so a test can book for today whatever today is. */
export async function makeWorkday(h: AppointmentHall, date: string): Promise<void> {
  const res = await h.post(`/calendar/days/${date}`, { kind: 'work', name: '测试调班', region: h.countyRegion }, h.cookie.manager, 'PUT');
  if (res.statusCode !== 200) throw new Error(`workday ${date}: ${res.statusCode} ${JSON.stringify(res.json())}`);
}
