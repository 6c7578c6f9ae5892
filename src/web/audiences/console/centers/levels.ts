import type { Center, CenterLevel } from '../shared/types.ts';

// Mirrors the server's rule (org.service allowedParents): village stations sit under a
// township, townships under the county, branch halls under either.
export const childLevels: Record<CenterLevel, CenterLevel[]> = {
  county: ['township', 'branch'],
  township: ['village', 'branch'],
  village: [],
  branch: [],
};

/** Region code lengths per level (GB/T 2260): a branch hall may sit in any region. */
export const regionDigits: Record<CenterLevel, number[]> = { county: [6], township: [9], village: [12], branch: [6, 9, 12] };

export function mayHaveChildren(c: Center): boolean {
  return c.active && childLevels[c.level].length > 0;
}

export const levelColors: Record<CenterLevel, string> = { county: 'blue', township: 'cyan', village: 'green', branch: 'purple' };
