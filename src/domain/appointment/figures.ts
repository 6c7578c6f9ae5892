// 预约统计: the bookings of a period by outcome, as the console shows them, the print page
// prints them and the hall's workbook exports them.

export interface BookingFigures {
  booked: number;
  /** Still to check in. */
  waiting: number;
  checkedIn: number;
  cancelled: number;
  noShow: number;
  /** noShow ÷ (checkedIn + noShow); null while no booking of the period has an outcome. */
  noShowRate: number | null;
}

/** The no-show rate over the bookings whose outcome is known, to three decimals (the figure a hall tunes its ban rules by). */
export function noShowRate(checkedIn: number, noShow: number): number | null {
  const decided = checkedIn + noShow;
  return decided ? Math.round((noShow / decided) * 1000) / 1000 : null;
}

/** 0.125 → "12.5%"; null (nothing to rate yet) → null. */
export function rateText(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 1000) / 10}%`;
}
