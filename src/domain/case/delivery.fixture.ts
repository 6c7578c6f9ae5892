// A valid resident ID number (GB 11643) for the delivery tests' person n.
import { idCardCheckChar } from '../identifiers/index.ts';

export function testIdCardFor(n: number): string {
  const first17 = `61042919${String(800101 + (n % 28)).padStart(6, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}
