import { registerMessages } from '../../i18n/index.ts';
import calendar from './calendar/messages.ts';
import catalog from './catalog/messages.ts';
import hall from './hall/messages.ts';
import jobs from './jobs/messages.ts';
import notifications from './notifications/messages.ts';
import centers from './messages/centers.ts';
import common from './messages/common.ts';
import departments from './messages/departments.ts';
import regions from './messages/regions.ts';
import staff from './messages/staff.ts';
import windows from './messages/windows.ts';
import warnings from './warnings/messages.ts';

// Registered under `console` when the console loads: components say t('console.centers.title').
const sections = { centers, departments, windows, staff, regions, catalog, calendar, hall, jobs, warnings, notifications };
const pick = (lang: 'zh' | 'en') => ({
  ...common[lang],
  ...Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v[lang]])),
});

export default registerMessages('console', { zh: pick('zh'), en: pick('en') });
