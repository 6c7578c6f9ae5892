// The State Council publishes next year's arrangement in November; until an administrator
// imports it, any deadline running into January cannot be computed (STACK.md trap 11). The
// warning starts on 1 November so there is time to act before the first refusal.

/** Today's date in China (deadlines are Beijing dates whatever the server's time zone). */
// Built once: a formatter costs ~0.1 ms to build, and every case action asks for today.
const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function chinaToday(now: Date = new Date()): string {
  return chinaDay.format(now);
}

export interface MissingYearWarning {
  year: number;
  message: string;
  messageEn: string;
}

/** The year whose data is missing and needed soon, or undefined when all is well. */
export function missingYearWarning(years: readonly number[], today: string): MissingYearWarning | undefined {
  const year = Number(today.slice(0, 4));
  const target = !years.includes(year) ? year : Number(today.slice(5, 7)) >= 11 && !years.includes(year + 1) ? year + 1 : undefined;
  if (target === undefined) return undefined;
  return {
    year: target,
    message: `尚未导入 ${target} 年节假日安排：涉及 ${target} 年的办理时限暂按周一至周五（元旦休息）计算，导入前的日期仅为暂定。请在国务院公布后（通常为 11 月）于「工作日历」导入 ${target} 年数据。`,
    messageEn: `No holiday data for ${target}: deadlines running into ${target} count Monday to Friday (元旦 off) until then, so they are provisional. Import the ${target} arrangement in the calendar screen.`,
  };
}
