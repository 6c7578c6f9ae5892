// Mainland mobile numbers: 11 digits, 1 followed by a 3–9 network prefix (no 10x/11x/12x segments).
const MOBILE = /^1[3-9]\d{9}$/;

export function isMobile(value: string): boolean {
  return MOBILE.test(value);
}
