// Numbers as people type them (or a phone keyboard, an ID reader or a copied text gives them):
// spaces, dashes and dots between groups, full-width digits from a Chinese input method, the
// country code in front of a mobile number, a lower-case x at the end of an ID number. These
// functions only tidy the form; whether the number is valid is for isMobile / validateIdCard.

// Spaces of every kind (incl. U+3000 全角空格 and no-break spaces), hyphens and dashes
// (ASCII, full-width －, en/em dash, minus sign), dots and the brackets around an area group.
const SEPARATORS = /[\s\u00a0\u3000\-\u2010-\u2015\u2212\uff0d.\u3002()\uff08\uff09]/g;

/** Full-width digits, letters and plus (Ｘ, ＋, １３９…) to their ASCII forms. */
function toHalfWidth(value: string): string {
  return value.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** `139 1234 5678`, `139-1234-5678`, `+86 139…`, `0086 139…`, `86139…` → `13912345678`. */
export function normalizeMobile(value: string): string {
  const compact = toHalfWidth(value).replace(SEPARATORS, '');
  const national = compact.replace(/^(?:\+86|0086)/, '');
  // A bare 86 in front only when what follows is a whole mobile number (13 digits in all).
  return /^861[3-9]\d{9}$/.test(national) ? national.slice(2) : national;
}

/** `610429 19850607 123x` → `61042919850607123X`. */
export function normalizeIdCard(value: string): string {
  return toHalfWidth(value).replace(SEPARATORS, '').toUpperCase();
}
