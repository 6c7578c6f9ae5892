// 预警阈值 per center (issue #17, decision 0033): yellow when at most this many working days are
// left. A center without its own value follows the nearest center above it, else the default.
//
// Routes (center manager; the centers of one's scope only, every change audited):
//   GET /api/v1/cases/warning-settings              warnings.manage  → list(WarningSetting)
//   PUT /api/v1/cases/warning-settings/:centerId    warnings.manage  WarningSettingInput → WarningSetting
import { z } from 'zod';
import { list, timestamp, uuid, type Json } from './common.ts';

export const WARNING_THRESHOLD_MAX = 10;

export const WarningSetting = z.object({
  centerId: uuid,
  centerName: z.string(),
  /** Depth in the center tree (0 = the top of the reader's scope), for indenting. */
  depth: z.number().int(),
  /** The center's own threshold; null when it follows the center above (or the default). */
  own: z.number().int().nullable(),
  /** The threshold in force (own, inherited or the default of one working day). */
  effective: z.number().int(),
  /** Where the threshold in force comes from: the center's own, a center above, or the default. */
  source: z.enum(['own', 'inherited', 'default']),
  updatedBy: z.string().nullable(),
  updatedAt: timestamp.nullable(),
});
export type WarningSetting = Json<typeof WarningSetting>;
export type WarningSettingData = z.output<typeof WarningSetting>;
export const WarningSettingList = list(WarningSetting);

/** A whole number of working days, or null to follow the center above again. */
export const WarningSettingInput = z.object({ yellowWorkdays: z.number().int().nullable() });
export type WarningSettingInput = Json<typeof WarningSettingInput>;
