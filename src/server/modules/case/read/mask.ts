// What staff see of an applicant's identifiers until they reveal them (个人信息保护法).
import { maskIdCard, maskMobile, maskName } from '../../../../domain/identifiers/index.ts';

export function maskIdNumber(idType: string, value: string): string {
  // A USCC is public for an enterprise, yet lists show it shortened like any identifier.
  return idType === '111' ? maskIdCard(value) : value.length > 8 ? `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}` : '*'.repeat(value.length);
}

export { maskMobile, maskName };
