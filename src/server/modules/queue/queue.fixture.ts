// Shared set-up of the queue suites: a platform with the demo org, sessions of the people who
// work the hall, and HTTP shorthands. Not a test file itself.
import { demoIds, rows, type DemoIds, type TestPlatform } from '../../../../test/api/helpers.ts';
import { signIn, startTestPlatform } from '../../../../test/harness.ts';

export { rows };

export interface Hall {
  p: TestPlatform;
  ids: DemoIds;
  county: string;
  township: string;
  win: (n: string) => string;
  cookie: Record<'clerk' | 'clerkB' | 'manager' | 'duty' | 'tqClerk', string>;
  get(url: string, cookie?: string): Promise<{ statusCode: number; json(): any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  post(url: string, body?: object, cookie?: string, method?: 'POST' | 'PUT' | 'PATCH'): Promise<{ statusCode: number; json(): any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  category(prefix: string, extra?: object): Promise<string>;
  issue(categoryId: string, extra?: object): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export async function openHall(overrides: Record<string, string> = {}): Promise<Hall> {
  const p = await startTestPlatform(overrides);
  const ids = await demoIds(p);
  const [clerk, clerkB, manager, duty, tqClerk] = [
    await signIn(p, 'clerk'),
    await signIn(p, 'clerk-b'),
    await signIn(p, 'manager'),
    await signIn(p, 'duty'),
    await signIn(p, 'tq-clerk'),
  ];
  const county = ids.center['XY-COUNTY']!;
  const hall: Hall = {
    p,
    ids,
    county,
    township: ids.center['XY-TUQIAO']!,
    win: (n) => ids.window[`XY-COUNTY/${n}`]!,
    cookie: { clerk, clerkB, manager, duty, tqClerk },
    get: (url, cookie) => p.app.inject({ url: `/api/v1${url}`, headers: cookie ? { cookie } : {} }),
    post: (url, body, cookie, method = 'POST') =>
      p.app.inject({ method, url: `/api/v1${url}`, headers: cookie ? { cookie } : {}, ...(body ? { payload: body } : {}) }),
    async category(prefix, extra = {}) {
      const res = await hall.post('/queue/categories', { centerId: county, prefix, name: `测试${prefix}`, ...extra }, manager);
      if (res.statusCode !== 201) throw new Error(`category ${prefix}: ${res.statusCode} ${JSON.stringify(res.json())}`);
      return res.json().id as string;
    },
    async issue(categoryId, extra = {}) {
      const res = await hall.post(`/hall/${county}/tickets`, { categoryId, ...extra });
      if (res.statusCode !== 201) throw new Error(`issue: ${res.statusCode} ${JSON.stringify(res.json())}`);
      return res.json();
    },
  };
  return hall;
}

/** Maps a county window to exactly these categories. */
export async function mapWindow(h: Hall, windowNumber: string, categoryIds: string[]): Promise<void> {
  const res = await h.post(`/queue/windows/${h.win(windowNumber)}/categories`, { categoryIds }, h.cookie.manager, 'PUT');
  if (res.statusCode !== 200) throw new Error(`map: ${res.statusCode} ${JSON.stringify(res.json())}`);
}

/** PUT the county hall's settings as its manager: the required fields at their defaults, plus `extra`. */
export function putSettings(h: Hall, extra: object) {
  return h.post(
    `/queue/centers/${h.county}/settings`,
    {
      voiceTemplate: '请{票号}号到{窗口}号窗口办理',
      ledTemplate: '请{票号}到{窗口}号窗口',
      recallIntervalSeconds: 15,
      noShowAfterCalls: 3,
      waitSample: 20,
      ...extra,
    },
    h.cookie.manager,
    'PUT',
  );
}
