import type { Command } from 'commander';
import { CalendarError, addDays, isIsoDate, toEpochDay, type WorkCalendar } from '../../domain/calendar/index.ts';
import { DomainError, errorCatalog } from '../../domain/errors/index.ts';
import { validateRegionCode } from '../../domain/identifiers/index.ts';
import type { Config } from '../platform/config.ts';
import { migrateDatabase } from '../platform/db/migrate.ts';
import { ensureCalendarSeeded, loadWorkCalendar, toDomainError } from '../modules/calendar/index.ts';
import { withDatabase } from './with-database.ts';

// Working-day arithmetic from the same tables the server uses, for an operator checking a
// deadline by hand. Errors are one Chinese + English line and exit code 1 (cli.ts).

function fail(zh: string, en: string): never {
  throw new Error(`错误：${zh}\nError: ${en}`);
}

const labels = { from: ['开始日期', 'FROM'], to: ['结束日期', 'TO'], date: ['日期', 'DATE'] } as const;

function checkDate(value: string, which: keyof typeof labels): string {
  const [zh, en] = labels[which];
  if (!isIsoDate(value)) fail(`${zh}「${value}」不是有效日期，应为 YYYY-MM-DD`, `${en} "${value}" is not a YYYY-MM-DD date`);
  return value;
}

function checkRegion(value: string | undefined): string {
  if (value && !validateRegionCode(value).ok) fail(`行政区划代码「${value}」不正确`, `bad region code "${value}"`);
  return value ?? '';
}

/** Opens the database, makes sure the calendar tables exist and hold the bundled years, then computes. */
async function withCalendar<T>(config: Config, region: string, work: (calendar: WorkCalendar) => T): Promise<T> {
  return withDatabase(config, async (database) => {
    await migrateDatabase(database);
    await ensureCalendarSeeded(database.db);
    const calendar = await loadWorkCalendar(database.db, region);
    try {
      return work(calendar);
    } catch (e) {
      throw e instanceof CalendarError ? toDomainError(e) : e;
    }
  }).catch((e: unknown) => {
    if (!(e instanceof DomainError)) throw e;
    const { zh, en } = errorCatalog[e.code];
    const hint = (e.details as { hint?: string } | undefined)?.hint;
    return fail(hint ?? zh, `${en}${e.code === 'CALENDAR_YEAR_MISSING' ? ` (${(e.details as { year?: number }).year})` : ''}`);
  });
}

export function registerCalendarCommands(program: Command, config: () => Config) {
  const calendar = program.command('calendar').description('working-day calendar 工作日历');
  calendar
    .command('list')
    .argument('<from>', 'first date, YYYY-MM-DD')
    .argument('<to>', 'last date, YYYY-MM-DD')
    .option('--region <code>', 'GB/T 2260 region code (default: national)')
    .description('one line per date: W working day, O day off, then the holiday name')
    .action(async (from: string, to: string, o: { region?: string }) => {
      const start = toEpochDay(checkDate(from, 'from'));
      const span = toEpochDay(checkDate(to, 'to')) - start + 1;
      if (span < 1) fail('开始日期晚于结束日期', 'FROM is after TO');
      const lines = await withCalendar(config(), checkRegion(o.region), (cal) =>
        Array.from({ length: span }, (_, i) => {
          const info = cal.dayInfo(addDays(from, i));
          return `${info.date} ${info.workday ? 'W' : 'O'}${info.name ? ` ${info.name}` : ''}`;
        }),
      );
      console.log(lines.join('\n'));
    });
  calendar
    .command('add')
    .argument('<date>', 'start date (not counted), YYYY-MM-DD')
    .argument('<n>', 'number of working days')
    .option('--natural', 'count natural days instead (a due date on a day off moves to the next working day)')
    .option('--region <code>', 'GB/T 2260 region code (default: national)')
    .description('the due date N working days after DATE')
    .action(async (date: string, n: string, o: { natural?: boolean; region?: string }) => {
      checkDate(date, 'date');
      if (!/^\d{1,4}$/.test(n)) fail(`天数「${n}」应为 0–9999 的整数`, `N "${n}" must be a whole number 0–9999`);
      const due = await withCalendar(config(), checkRegion(o.region), (cal) => (o.natural ? cal.dueFromNaturalDays(date, Number(n)) : cal.addWorkdays(date, Number(n))));
      console.log(due);
    });
  calendar
    .command('between')
    .argument('<from>', 'start date (not counted), YYYY-MM-DD')
    .argument('<to>', 'end date (counted), YYYY-MM-DD')
    .option('--region <code>', 'GB/T 2260 region code (default: national)')
    .description('working days after FROM up to and including TO')
    .action(async (from: string, to: string, o: { region?: string }) => {
      checkDate(from, 'from');
      checkDate(to, 'to');
      console.log(await withCalendar(config(), checkRegion(o.region), (cal) => cal.workdaysBetween(from, to)));
    });
}
